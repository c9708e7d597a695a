package eu.cginternational.web.view;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file sent with a form through {@code h:inputFile}: the browser's own file field, which screen readers name by its
 * label (PrimeFaces' simple upload hides its field from them and still lets it take the focus).
 */
public final class Uploads {

    private Uploads() {
    }

    /** Whether a file was chosen: an empty field sends a part without bytes. */
    public static boolean chosen(Part file) {
        return file != null && file.getSize() > 0;
    }

    /** The file's bytes; read only after its size has been checked. */
    public static byte[] content(Part file) {
        try (InputStream content = file.getInputStream()) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
