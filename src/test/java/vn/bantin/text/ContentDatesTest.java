package vn.bantin.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentDatesTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-03-21 15:46         | 21/03/2024 15:46 | 2024-03-21T15:46+07:00 | Thu, 21 Mar 2024 15:46:00 +0700",
        "2024-03-21               | 21/03/2024       | 2024-03-21T00:00+07:00 | Thu, 21 Mar 2024 00:00:00 +0700",
        "2024-3-5 8:05            | 05/03/2024 08:05 | 2024-03-05T08:05+07:00 | Tue, 05 Mar 2024 08:05:00 +0700",
        "2024-03-21T15:46:30      | 21/03/2024 15:46 | 2024-03-21T15:46:30+07:00 | Thu, 21 Mar 2024 15:46:30 +0700",
        "2024-03-21T08:46:00Z     | 21/03/2024 15:46 | 2024-03-21T15:46+07:00 | Thu, 21 Mar 2024 15:46:00 +0700",
        "2024-03-21 15:46 +0900   | 21/03/2024 13:46 | 2024-03-21T13:46+07:00 | Thu, 21 Mar 2024 13:46:00 +0700",
        "21/03/2024 15:46         | 21/03/2024 15:46 | 2024-03-21T15:46+07:00 | Thu, 21 Mar 2024 15:46:00 +0700",
        "1/3/2024                 | 01/03/2024       | 2024-03-01T00:00+07:00 | Fri, 01 Mar 2024 00:00:00 +0700",
    })
    void parsesAndFormats(String written, String display, String iso, String rfc822) {
        ContentDates.ContentDate date = ContentDates.parse(written, VIETNAM).orElseThrow();
        assertEquals(display, date.display());
        assertEquals(iso, date.iso());
        assertEquals(rfc822, date.rfc822());
    }

    @ParameterizedTest
    @ValueSource(strings = {"21-03-2024", "2024-02-30", "2024-13-01", "hôm qua", "2024/03/21", "2024-03-21 25:00",
        "32/01/2024", ""})
    void refusesWhatIsNoDate(String written) {
        assertTrue(ContentDates.parse(written, VIETNAM).isEmpty(), written);
    }
}
