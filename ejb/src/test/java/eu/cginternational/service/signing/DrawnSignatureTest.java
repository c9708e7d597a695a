package eu.cginternational.service.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.InvalidInputException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The drawn signature is read only when it is a PNG of a size a signature pad can give. */
class DrawnSignatureTest {

    /** Refusals name their message key instead of translating it: no caller, no bundle needed. */
    private final InputValidator validator = new InputValidator() {
        @Override
        public InvalidInputException invalid(String field, String key, Object... arguments) {
            return new InvalidInputException(List.of(new InvalidInputException.Problem(field, key)));
        }
    };

    private static String refusal(InvalidInputException refused) {
        return refused.getProblems().get(0).message();
    }

    @Nested
    class Size {

        @Test
        void aSignatureFromThePadIsTaken() throws IOException {
            BufferedImage pad = new BufferedImage(1260, 480, BufferedImage.TYPE_INT_ARGB);
            Graphics2D pen = pad.createGraphics();
            pen.setColor(new Color(0x1a, 0x23, 0x7e));
            pen.drawLine(10, 10, 400, 120);
            pen.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(pad, "png", png);

            assertThat(SigningEngine.drawnSignature(Base64.getEncoder().encodeToString(png.toByteArray()), validator))
                    .isEqualTo(png.toByteArray());
        }

        @Test
        void aCompletePngLargerThanAnyPadIsRefusedBeforeItIsDecoded() throws IOException {
            // 4000 × 3000 black pixels compress to a few kilobytes, well under the byte limit; decoded, it has ink.
            byte[] png = png(4000, 3000, true);
            assertThat(png.length).isLessThan(20_000);

            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> SigningEngine.drawnSignature("data:image/png;base64," + Base64.getEncoder().encodeToString(png),
                            validator));
            assertThat(refusal(refused)).isEqualTo("signing.signature.not_png");
        }

        @Test
        void aHeaderDeclaringTenBillionPixelsIsRefusedAtOnce() throws IOException {
            byte[] bomb = png(100_000, 100_000, false);

            InvalidInputException refused = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                    InvalidInputException.class,
                    () -> SigningEngine.drawnSignature(Base64.getEncoder().encodeToString(bomb), validator)));
            assertThat(refusal(refused)).isEqualTo("signing.signature.not_png");
        }
    }

    /**
     * A one-bit greyscale PNG of the size given, all black: with all its rows when {@code complete},
     * otherwise only the first (a header that promises far more than the data holds).
     */
    private static byte[] png(int width, int height, boolean complete) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + (width + 7) / 8]; // filter byte 0, then the pixels, all 0: black
            for (int y = 0; y < (complete ? height : 1); y++) {
                deflate.write(row);
            }
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, no filter method, no interlace
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", raw.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return file.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
