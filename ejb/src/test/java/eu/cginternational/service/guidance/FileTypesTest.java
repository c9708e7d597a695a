package eu.cginternational.service.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.service.guidance.FileTypes.Type;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    static byte[] office(String mainPart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(mainPart));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Nested
    class Recognised {

        @Test
        void pdfPngAndJpegByTheirFirstBytes() {
            assertThat(FileTypes.recognise("guide.pdf", PDF)).contains(Type.PDF);
            assertThat(FileTypes.recognise("chart.PNG", PNG)).contains(Type.PNG);
            assertThat(FileTypes.recognise("photo.jpeg", JPEG)).contains(Type.JPEG);
            assertThat(FileTypes.recognise("photo.jpg", JPEG)).contains(Type.JPEG);
        }

        @Test
        void officeFilesByThePartsOfTheirPackage() throws IOException {
            assertThat(FileTypes.recognise("plan.docx", office("word/document.xml"))).contains(Type.DOCX);
            assertThat(FileTypes.recognise("slides.pptx", office("ppt/presentation.xml"))).contains(Type.PPTX);
            assertThat(FileTypes.recognise("data.xlsx", office("xl/workbook.xml"))).contains(Type.XLSX);
        }
    }

    @Nested
    class Refused {

        @Test
        void aScriptNamedLikeAPdf() {
            byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
            assertThat(FileTypes.recognise("guide.pdf", script)).isEmpty();
        }

        @Test
        void anExecutableNamedLikeAnImage() {
            byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
            assertThat(FileTypes.recognise("photo.png", exe)).isEmpty();
        }

        @Test
        void aRealFileWhoseNameClaimsAnotherType() {
            assertThat(FileTypes.recognise("guide.docx", PDF)).isEmpty();
            assertThat(FileTypes.recognise("guide", PDF)).isEmpty();
            assertThat(FileTypes.recognise("guide.pdf.exe", PDF)).isEmpty();
        }

        @Test
        void aZipThatIsNoOfficeDocument() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("word/evil.js"));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            assertThat(FileTypes.recognise("plan.docx", bytes.toByteArray())).isEmpty();
        }

        @Test
        void anEmptyFile() {
            assertThat(FileTypes.recognise("guide.pdf", new byte[0])).isEmpty();
        }
    }
}
