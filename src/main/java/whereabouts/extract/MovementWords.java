package whereabouts.extract;

import java.util.regex.Pattern;

/**
 * Whether a sentence reports a subject being somewhere: a verb of movement or presence ("arrived", "left", "crossed",
 * "landed", "docked", "was seen", "stopped", "was at"), in English, Russian, Korean or Chinese, or a vehicle named in
 * it ("the train at Tumangang station"). A sentence that names places but reports neither ("officials in Tokyo and
 * Seoul said they were watching", "the treaty signed in Pyongyang") gives no draft: the negatives of the corpus.
 */
final class MovementWords {
    private static final Pattern MOVEMENT = Pattern.compile("(?iu)\\b(arriv\\w*|reach\\w*|left|leav\\w*|depart\\w*|"
            + "cross\\w*|pass\\w*|land\\w*|touch\\w*\\s+down|took\\s+off|take\\w*\\s+off|flew|fly|flies|flying|flown|"
            + "dock\\w*|berth\\w*|anchor\\w*|moor\\w*|sail\\w*|call\\w*\\s+at|entered|enter\\w*|head\\w*|travel\\w*|"
            + "drove|driv\\w*|rode|ride\\w*|rolled|roll\\w*|pull\\w*\\s+into|stopp\\w*|stop\\w*|spotted|seen|sighted|"
            + "visit\\w*|return\\w*|proceed\\w*|continu\\w*|mov\\w*|sped|speed\\w*|bound|en\\s+route|transit\\w*|"
            + "was\\s+(?:at|in|near|off)|were\\s+(?:at|in|near|off)|is\\s+(?:at|in|near|off)|showed\\s+the|"
            + "came|come|went|go(?:es|ing)?|way\\s+to|toward\\w*|"
            + "took\\s+delivery|transmitting|tracked|stay\\w*|stood|remain\\w*|wait\\w*|park\\w*|halt\\w*|"
            + "meet|meets|meeting|met|summit|talks)\\b"
            + "|(?<!\\p{L})(прибы\\p{L}*|выех\\p{L}*|выш\\p{L}*|проследова\\p{L}*|приземли\\p{L}*|прилет\\p{L}*|"
            + "вылет\\p{L}*|отбы\\p{L}*|покину\\p{L}*|направи\\p{L}*|проех\\p{L}*|пересе\\p{L}*|пересё\\p{L}*|"
            + "встал\\p{L}*|стоит|находи\\p{L}*|отправи\\p{L}*|прош\\p{L}*|заш\\p{L}*|въех\\p{L}*)"
            + "|(도착|출발|출항|입항|이륙|착륙|정박|정차|지나|건너|들어|향했|떠났|떠나|통과|진입|머물)"
            + "|(抵达|抵達|到达|到達|离开|離開|驶离|駛離|靠泊|停靠|进入|進入|前往|途经|途經|飞抵|飛抵|经过|經過|驶入|出发|出發|返回)");
    private static final Pattern VEHICLE = Pattern.compile("\\b(train|ship|vessel|plane|jet|aircraft|motorcade|"
            + "convoy|ferry|tanker|freighter|barge|limousine|icebreaker|frigate|destroyer|warship|carrier)\\b"
            + "|(?<!\\p{L})(поезд\\p{L}*|бронепоезд\\p{L}*|судн\\p{L}*|самол[её]т\\p{L}*|кортеж\\p{L}*|паром\\p{L}*|танкер\\p{L}*)"
            + "|(열차|선박|전용기|화물선|차량 행렬)|(专列|专机|船|车队)");

    private MovementWords() {
    }

    /** The sentence reports movement or presence. */
    static boolean reportsMovement(String sentence) {
        return MOVEMENT.matcher(sentence).find();
    }

    /** The sentence names a vehicle (the subject of most reports). */
    static boolean namesVehicle(String sentence) {
        return VEHICLE.matcher(sentence).find();
    }

    /** What kind of facility a story's vehicles use most: PRT for ships, AIRP for planes, RSTN for trains, or null. */
    static String modeFeature(String text) {
        int ship = count(text, "(?iu)\\b(ship|vessel|ferry|tanker|port|harbou?r|sail\\w*|dock\\w*|navy|fleet)\\b|судн|паром|танкер|선박|항|船|港");
        int plane = count(text, "(?iu)\\b(plane|jet|aircraft|flight|flew|airport|landed|air)\\b|самол[её]т|аэропорт|전용기|공항|专机|机场");
        int train = count(text, "(?iu)\\b(train|railway|rail|station)\\b|поезд|станци|열차|역|专列|站");
        int max = Math.max(ship, Math.max(plane, train));
        if (max == 0) {
            return null;
        }
        return max == ship ? FacilityWords.PORT : max == plane ? FacilityWords.AIRPORT : FacilityWords.STATION;
    }

    private static int count(String text, String regex) {
        java.util.regex.Matcher m = Pattern.compile(regex).matcher(text.length() > 4000 ? text.substring(0, 4000) : text);
        int n = 0;
        while (m.find() && n < 50) {
            n++;
        }
        return n;
    }
}
