package vn.bantin.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PageWriterTest {
    private static String written(PageWriter writer) {
        return new String(writer.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void piecesOfEveryKindMakeThePageInUtf8() throws IOException {
        PageWriter writer = new PageWriter(new PageWriter.TemplateText());
        writer.write("<p>".toCharArray());
        writer.write("Thủ tục đăng ký khai sinh", 0, 7);
        writer.write(' ');
        writer.write("tục".toCharArray(), 0, 3);
        writer.append("— một cửa").append('!');
        writer.write("</p>");

        assertEquals("<p>Thủ tục tục— một cửa!</p>", written(writer));
    }

    @Test
    void aCharacterSplitBetweenTwoWritesIsEncodedWhole() throws IOException {
        String emoji = "😀"; // two UTF-16 units
        PageWriter writer = new PageWriter(new PageWriter.TemplateText());
        writer.write("Chúc mừng " + emoji.charAt(0));
        writer.write(emoji.charAt(1) + " xong".toString());
        writer.write(new char[]{emoji.charAt(0)});
        writer.write(emoji.charAt(1));

        assertEquals("Chúc mừng 😀 xong😀", written(writer));
    }

    @Test
    void halvesWithoutTheirOtherHalfBecomeQuestionMarksAsGetBytesMakesThem() throws IOException {
        String unpaired = "a" + '\uD83D' + "b" + '\uDE00' + "c" + '\uD83D';
        PageWriter writer = new PageWriter(new PageWriter.TemplateText());
        writer.write(unpaired.substring(0, 2));
        writer.write(unpaired.substring(2));

        assertArrayEquals(unpaired.getBytes(StandardCharsets.UTF_8), writer.toByteArray());
    }

    @Test
    void aWriterResetForTheNextPageKeepsNothingOfTheLast() throws IOException {
        PageWriter writer = new PageWriter(new PageWriter.TemplateText());
        writer.write("Trang một ");
        writer.writeShared("thanh bên", "<nav>…</nav>", "<nav>…</nav>".getBytes(StandardCharsets.UTF_8));
        writer.write("😀".charAt(0)); // half a character, waiting for its other half
        writer.reset();
        writer.write("Trang hai ");
        writer.write('x');

        assertEquals("Trang hai x", written(writer));
        assertEquals(0, writer.sharedParts().size());
        writer.reset();
        writer.write("y".repeat(3 * 1024 * 1024));
        writer.reset();
        writer.write("z");
        assertEquals("z", written(writer), "a buffer grown for a long page and let go");
    }

    @Test
    void anArrayWrittenAgainWithOtherCharactersIsEncodedAfresh() throws IOException {
        PageWriter.TemplateText templateText = new PageWriter.TemplateText();
        char[] buffer = "Hà Nội".toCharArray();
        PageWriter first = new PageWriter(templateText);
        first.write(buffer);
        "Huế ơi".getChars(0, 6, buffer, 0);
        PageWriter second = new PageWriter(templateText);
        second.write(buffer);
        second.write(buffer);

        assertEquals("Hà Nội", written(first));
        assertEquals("Huế ơiHuế ơi", written(second), "the same array, other characters: not the bytes kept before");
    }

    @Test
    void anyTextInAnyPiecesGivesTheBytesOfTheWholeText() throws IOException {
        Random random = new Random(20241120);
        String alphabet = "aăâđêôơư ÁÀẢÃẠ<>&\"'\n\t😀🇻🇳" + '\uD83D' + '\uDE00';
        for (int round = 0; round < 300; round++) {
            StringBuilder whole = new StringBuilder();
            PageWriter writer = new PageWriter(new PageWriter.TemplateText());
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                StringBuilder piece = new StringBuilder();
                int length = random.nextInt(6);
                for (int i = 0; i < length; i++) {
                    piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = piece.toString();
                whole.append(text);
                switch (random.nextInt(3)) {
                    case 0 -> writer.write(text);
                    case 1 -> writer.write(text.toCharArray());
                    default -> text.chars().forEach(writer::write);
                }
            }
            assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), writer.toByteArray(),
                    () -> "pieces of " + whole);
        }
    }
}
