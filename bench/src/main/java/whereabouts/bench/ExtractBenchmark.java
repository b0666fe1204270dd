package whereabouts.bench;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import whereabouts.extract.Draft;
import whereabouts.extract.SourceList;
import whereabouts.extract.TextExtractor;
import whereabouts.gazetteer.Gazetteer;

/**
 * {@code POST /api/extract}'s core on a 5,000-word article (target: under 50 ms): the text is built from the seed
 * article's sentences without places and from report sentences that credit a source, name a place (Latin, Cyrillic,
 * Hangul) and give a time, about one in three, as in a wire story about a journey.
 *
 * <pre>
 * java -cp … org.openjdk.jmh.Main ExtractBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class ExtractBenchmark {
    static final int WORDS = 5_000;
    static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2023-09-12T12:00+09:00");

    private static final List<String> PROSE = List.of(
            "Independent journalists were not given access to cover the event depicted in this image distributed by the North Korean government.",
            "The content of this image is as provided and cannot be independently verified.",
            "Photos released by North Korea’s state media showed Kim being accompanied by Pyongyang’s Foreign Minister Choe Son-hui, as well as top military officials Ri Pyong-chol and Pak Jong-chon.",
            "State media showed photographs of Kim walking past honor guards and crowds of civilians holding the national flag and flowers, and also of him waving from his green-and-yellow armored train before it left the station.",
            "The visit would be Kim’s first foreign trip since the COVID-19 pandemic, which had forced North Korea to enforce tight border controls for more than three years to shield its poor health care system.",
            "While Kim has shown to be more comfortable using planes than his famously flight-adverse father, he has also used his personal train for previous meetings with Putin, Chinese President Xi Jinping and former U.S. President Donald Trump, reviving a symbol of his family’s dynastic rule.",
            "Meanwhile, The United States has issued an official statement urging North Korean leader Kim Jong Un to ‘not sell arms to Russia’.",
            "Talks between Pyongyang and Moscow are expected to cover food aid, energy and the railway links between the two countries.");
    private static final String[] SOURCES = {"Yonhap reported", "TASS said", "Interfax reported", "Kyodo said",
        "NHK reported", "RIA Novosti reported"};
    private static final String[] PLACES = {"Sinuiju", "Khasan", "Ussuriysk", "Khabarovsk", "Chongjin", "Tumangang",
        "Birobidzhan", "Hamhung", "Vladivostok", "Komsomolsk-on-Amur", "Artyom", "Svobodny"};
    private static final String[] TIMES = {"on Sunday afternoon", "early on Tuesday", "on Monday evening",
        "at 05:15 Moscow time on Tuesday", "on Sept. 10", "on 11 September", "on Monday night", "at about 08:50 local time"};

    private TextExtractor extractor;
    private String article;

    @Setup(Level.Trial)
    public void setUp() {
        extractor = new TextExtractor(Gazetteer.loadDefault(), SourceList.defaults());
        article = article(WORDS);
        List<Draft> drafts = extractor.extract(article, PUBLISHED, null);
        System.out.printf("%n[extract] article: %d words, %d characters; %d drafts%n",
                article.split("\\s+").length, article.length(), drafts.size());
    }

    /** About {@code words} words: two prose sentences, then a report sentence, and so on; a paragraph every five. */
    public static String article(int words) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = 0; count < words; i++) {
            String s;
            if (i % 3 == 2) {
                int k = i / 3;
                s = SOURCES[k % SOURCES.length] + " that the train passed through " + PLACES[k % PLACES.length] + " "
                        + TIMES[k % TIMES.length] + ", accompanied by officials of the ruling party.";
                if (k % 7 == 3) {
                    s = "ТАСС сообщил, что поезд прибыл в Хабаровске. 연합뉴스는 열차가 평양에서 출발했다고 보도했다.";
                }
            } else {
                s = PROSE.get(i % PROSE.size());
            }
            b.append(s).append(i % 5 == 4 ? "\n\n" : " ");
            count += s.split("\\s+").length;
        }
        return b.toString();
    }

    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Draft> extract5000Words() {
        return extractor.extract(article, PUBLISHED, null);
    }
}
