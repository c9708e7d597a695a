package eu.cginternational.service.guidance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the type of an uploaded file by its content, not by the name it came with: the name's
 * extension must agree with what the first bytes (and, for Office files, the parts of the ZIP
 * package) say. Accepted: PDF, DOCX, PPTX, XLSX, PNG and JPEG. A file that claims to be one of them
 * but is not (a script renamed {@code .pdf}, an executable renamed {@code .png}) is refused.
 */
public final class FileTypes {

    /** An accepted type: its extensions and the media type it is served with. */
    public enum Type {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg");

        private final String mediaType;
        private final String[] extensions;

        Type(String mediaType, String... extensions) {
            this.mediaType = mediaType;
            this.extensions = extensions;
        }

        public String mediaType() {
            return mediaType;
        }

        boolean hasExtension(String extension) {
            return Arrays.asList(extensions).contains(extension);
        }
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private FileTypes() {
    }

    /** The type the content shows, when it is one of the accepted types and the name's extension agrees. */
    public static Optional<Type> recognise(String fileName, byte[] content) {
        if (fileName == null || content == null || content.length == 0) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return sniff(content).filter(type -> type.hasExtension(extension));
    }

    /** The type the bytes show, whatever the name. */
    public static Optional<Type> sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(Type.PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(Type.PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(Type.JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeType(content);
        }
        return Optional.empty();
    }

    /**
     * An Office Open XML package is a ZIP whose part names tell the application: the main part sits
     * under {@code word/}, {@code ppt/} or {@code xl/}. The part names of the local file headers are
     * read without unpacking anything.
     */
    private static Optional<Type> officeType(byte[] content) {
        boolean contentTypes = false;
        Type found = null;
        int offset = 0;
        while (offset + 30 <= content.length && startsWith(content, offset, ZIP_MAGIC)) {
            int nameLength = u16(content, offset + 26);
            int extraLength = u16(content, offset + 28);
            long compressedSize = u32(content, offset + 18);
            int flags = u16(content, offset + 6);
            if (offset + 30 + nameLength > content.length) {
                break;
            }
            String name = new String(content, offset + 30, nameLength, StandardCharsets.UTF_8);
            contentTypes |= name.equals("[Content_Types].xml");
            if (found == null) {
                found = name.startsWith("word/") ? Type.DOCX : name.startsWith("ppt/") ? Type.PPTX
                        : name.startsWith("xl/") ? Type.XLSX : null;
            }
            if ((flags & 0x08) != 0) {
                // Sizes follow the data in a descriptor: look for the next header instead.
                int next = indexOf(content, ZIP_MAGIC, offset + 30 + nameLength + extraLength);
                if (next < 0) {
                    break;
                }
                offset = next;
            } else {
                long nextOffset = offset + 30L + nameLength + extraLength + compressedSize;
                if (nextOffset > content.length) {
                    break;
                }
                offset = (int) nextOffset;
            }
        }
        return contentTypes ? Optional.ofNullable(found) : Optional.empty();
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return startsWith(content, 0, prefix);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] needle, int from) {
        for (int i = Math.max(0, from); i <= content.length - needle.length; i++) {
            if (startsWith(content, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
