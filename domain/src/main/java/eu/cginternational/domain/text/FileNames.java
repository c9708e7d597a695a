package eu.cginternational.domain.text;

/** The name an uploaded file is kept and offered under. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * The last part of the name a browser or client sent, without its path, control characters, angle brackets or
     * quotes (it goes into a {@code Content-Disposition} header and onto pages), and with at most {@code maxLength}
     * characters, its end kept for the extension; "file" when nothing is left.
     */
    public static String plain(String sent, int maxLength) {
        String plain = sent == null ? "" : sent.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cc}<>\"]", "").strip();
        if (plain.isEmpty()) {
            return "file";
        }
        return plain.length() > maxLength ? plain.substring(plain.length() - maxLength) : plain;
    }
}
