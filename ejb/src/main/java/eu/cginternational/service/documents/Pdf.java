package eu.cginternational.service.documents;

import java.io.Serializable;
import java.util.Arrays;

/** A rendered PDF with the file name it is offered under. */
public record Pdf(String fileName, byte[] content) implements Serializable {

    public static final String MEDIA_TYPE = "application/pdf";

    public Pdf {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pdf that && fileName.equals(that.fileName) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Pdf[" + fileName + ", " + content.length + " bytes]";
    }
}
