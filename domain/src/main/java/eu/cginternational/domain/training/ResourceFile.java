package eu.cginternational.domain.training;

import eu.cginternational.domain.training.ModuleRuleException.Rule;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded file for a lesson, checked: not empty, at most {@value #MAX_BYTES} bytes, one of the
 * document and image types below, and its first bytes match its type (a renamed program is not a
 * PDF). The content type comes from that check, never from what the uploading browser claimed.
 */
public record ResourceFile(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int NAME_MAXLENGTH = 200;

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private record Kind(String contentType, byte[] magic) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", PDF),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "odt", new Kind("application/vnd.oasis.opendocument.text", ZIP),
            "png", new Kind("image/png", PNG),
            "jpg", new Kind("image/jpeg", JPEG),
            "jpeg", new Kind("image/jpeg", JPEG),
            "txt", new Kind("text/plain; charset=UTF-8", null));

    /** The types accepted, as file name endings. */
    public static final String ALLOWED = "pdf, docx, pptx, xlsx, odt, png, jpg, txt";

    /** Checks an upload: its name (without folders) decides the type, its first bytes must agree. */
    public static ResourceFile of(String uploadedName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ModuleRuleException(Rule.FILE_EMPTY);
        }
        if (content.length > MAX_BYTES) {
            throw new ModuleRuleException(Rule.FILE_TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
        String name = baseName(uploadedName);
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null || dot == 0) {
            throw new ModuleRuleException(Rule.FILE_TYPE_NOT_ALLOWED, ALLOWED);
        }
        boolean matches = kind.magic() == null ? isText(content)
                : content.length >= kind.magic().length
                        && Arrays.equals(Arrays.copyOf(content, kind.magic().length), kind.magic());
        if (!matches) {
            throw new ModuleRuleException(Rule.FILE_CONTENT_MISMATCH, name);
        }
        return new ResourceFile(name, kind.contentType(), content.clone());
    }

    /** The last part of a path, without characters that do not belong in a file name. */
    private static String baseName(String uploadedName) {
        String name = uploadedName == null ? "" : uploadedName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").trim();
        if (name.length() > NAME_MAXLENGTH) {
            name = name.substring(name.length() - NAME_MAXLENGTH);
        }
        return name;
    }

    /** Plain text: valid UTF-8 without NUL bytes. */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceFile that && fileName.equals(that.fileName)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return fileName + " (" + contentType + ", " + content.length + " bytes)";
    }
}
