package vn.bantin.text;

import org.junit.jupiter.api.Test;
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

    /** A date in an accepted form that names no day is told what is wrong with it, not only that it cannot be read. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "31/02/2024       | cannot read the date '31/02/2024': 02/2024 has 29 days, not 31",
        "2023-02-29       | cannot read the date '2023-02-29': 02/2023 has 28 days, not 29",
        "31/11/2026 08:00 | cannot read the date '31/11/2026 08:00': 11/2026 has 30 days, not 31",
        "12/31/2024       | cannot read the date '12/31/2024': there is no month 31: a date is written day/month/year, e.g. 21/03/2024",
        "2024-13-01       | cannot read the date '2024-13-01': there is no month 13: a date is written year-month-day, e.g. 2024-03-21",
        "00/03/2024       | cannot read the date '00/03/2024': there is no day 0",
        "2024-03-21 25:00 | cannot read the date '2024-03-21 25:00': the hour must be 0 to 23, not 25",
        "21/03/2024 15:61 | cannot read the date '21/03/2024 15:61': the minutes must be 0 to 59, not 61",
        "2024-03-21 15:46 +25:00 | cannot read the date '2024-03-21 15:46 +25:00': '+25:00' is no offset from UTC: write e.g. +07:00",
        "21-03-2024       | cannot read the date '21-03-2024'",
        "hôm qua          | cannot read the date 'hôm qua'",
    })
    void tellsWhatIsWrongWithADateOfTheRightForm(String written, String message) {
        assertTrue(ContentDates.parse(written, VIETNAM).isEmpty(), written);
        assertEquals(message, ContentDates.unreadable(written, null));
    }

    @Test
    void namesTheKeyBeforeTheCause() {
        assertEquals("cannot read the date '31/02/2025' in 'effective': 02/2025 has 28 days, not 31",
                ContentDates.unreadable("31/02/2025", "effective"));
    }
}
