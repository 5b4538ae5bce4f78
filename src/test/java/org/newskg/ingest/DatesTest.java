package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publication dates from paths and metadata; event dates in the body resolved against the publication date. */
class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            changzhi-daily-2025-01-02-p2.txt                  | 2025-01-02
            news/changzhi-daily-2025-01-02-p2.txt             | 2025-01-02
            /data/cz/20250102/p2.txt                          | 2025-01-02
            /data/cz/2025/01/02/p2.txt                        | 2025-01-02
            cz/2025/01/02.txt                                 | 2025-01-02
            C:\\news\\2025\\01\\02\\p2.txt                    | 2025-01-02
            /data/2024-12-31/changzhi-20250102-p2.txt         | 2025-01-02
            /data/2024-12-31/p2.txt                           | 2024-12-31
            /data/2025_01_02/p2.txt                           | 2025-01-02
            /data/20251340/p2.txt                             | -
            /data/2025/13/02/p2.txt                           | -
            /data/cz/p2.txt                                   | -
            /data/cz/p2-202501021.txt                         | -
            /data/cz/page-12345678.txt                        | -
            """)
    void dateInFileAndFolderNames(String path, String date) {
        assertEquals(date, Dates.inPath(path));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2025-01-02                 | 2025-01-02
            2025/1/2                   | 2025-01-02
            2025年1月2日               | 2025-01-02
            20250102                   | 2025-01-02
            2025-01-02T08:30:00+08:00  | 2025-01-02
            2025-02-30                 | -
            1月2日                     | -
            yesterday                  | -
            """)
    void recordDateValues(String value, String date) {
        assertEquals(date, Dates.normalize(value));
    }

    @ParameterizedTest(name = "{0}月{1}日 in a page of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 1  | 2025-01-02 | 2025-01-01
            12 | 30 | 2025-01-02 | 2024-12-30
            1  | 15 | 2025-01-02 | 2025-01-15
            6  | 29 | 2025-01-02 | 2025-06-29
            7  | 10 | 2025-01-02 | 2024-07-10
            2  | 29 | 2025-01-02 | 2024-02-29
            """)
    void aMonthAndDayTakeTheNearestYear(int month, int day, String published, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.nearest(month, day, LocalDate.parse(published)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1月1日，首届太行山大峡谷八泉峡景区冰雪嘉年华启幕。             | 1月1日       | 2025-01-01
            部分车购税需在2024年12月30日当天完成集中上解工作。            | 2024年12月30日 | 2024-12-30
            昨日，壶关县召开冬季旅游推介会。                             | 昨日         | 2025-01-01
            今天上午，潞城区举行新春招聘会。                             | 今天         | 2025-01-02
            前天，平顺县普降大雪。                                       | 前天         | 2024-12-31
            明日起，长治市区公交线路调整。                               | 明日         | 2025-01-03
            活动将于12月31日晚举行。                                     | 12月31日     | 2024-12-31
            会议于2025-01-02召开。                                      | 2025-01-02   | 2025-01-02
            日前，长治医学院附属和平医院被认定为临床医学研究中心。           | -            | -
            近日，交通银行长治分行携手税务部门推动政策落地。                 | -            | -
            他每天都看今日头条。                                         | -            | -
            活动持续到2月30日。                                          | -            | -
            """)
    void eventDatesOfABody(String sentence, String surface, String date) {
        List<EventDates.EventDate> found = EventDates.find(sentence, LocalDate.of(2025, 1, 2));
        if (surface == null) {
            assertEquals(List.of(), found);
            return;
        }
        assertEquals(1, found.size(), found::toString);
        EventDates.EventDate d = found.get(0);
        assertEquals(surface, d.text());
        assertEquals(surface, sentence.substring(d.start(), d.end()));
        assertEquals(LocalDate.parse(date), d.date());
    }

    @Test
    void withoutAPublicationDateOnlyDatesWithTheirYearResolve() {
        List<EventDates.EventDate> found = EventDates.find("昨日，1月1日，2024年12月30日。", null);
        assertEquals(List.of("2024年12月30日"), found.stream().map(EventDates.EventDate::text).toList());
    }

    @Test
    void theDateOfAStatementIsTheDateOfItsSentence() {
        String text = "1月1日，首届冰雪嘉年华启幕。壶关县文旅局局长郭志毅表示，将丰富冬季文旅产品。昨日，县长李强在八泉峡调研。";
        LocalDate pub = LocalDate.of(2025, 1, 2);
        int guo = text.indexOf("壶关县文旅局局长郭志毅");
        assertNull(EventDates.inSentence(text, guo, guo + 11, pub)); // its sentence states no date
        int li = text.indexOf("县长李强");
        assertEquals(LocalDate.of(2025, 1, 1), EventDates.inSentence(text, li, li + 4, pub)); // 昨日
        assertEquals(LocalDate.of(2025, 1, 1), EventDates.inSentence(text, 6, 10, pub)); // 1月1日
        assertNull(EventDates.inSentence(text, -1, 3, pub));
    }
}
