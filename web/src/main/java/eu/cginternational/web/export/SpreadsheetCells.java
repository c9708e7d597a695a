package eu.cginternational.web.export;

/** The text of a cell in a file that people open in a spreadsheet program. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * A text a spreadsheet program will not run as a formula (CWE-1236): names, titles and comments are people's input,
     * some of it from a form open to anyone, and a CSV cell starting with =, +, -, @, a tab or a carriage return is
     * evaluated when the file is opened. Such a text gets a leading apostrophe, which the program shows as text.
     */
    public static String inert(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
