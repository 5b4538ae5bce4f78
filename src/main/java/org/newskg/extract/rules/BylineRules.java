package org.newskg.extract.rules;

import org.newskg.extract.Byline;
import org.newskg.extract.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Credits with a role word: {@code 本报记者 潘银丽 通讯员 冯建义}, {@code (记者冯庆)}, {@code 通讯员韩婷婷 苏昆峰报道},
 * {@code 李燎原 摄}, {@code 吕汉富 文/图}, {@code 责任编辑: 吉政}.
 */
public final class BylineRules {
    static final int PRIO = 60;

    /** A credited name with its role. */
    public record Credit(Span span, Byline.Role role) {}

    private final Tables t;
    private final PersonRules persons;

    public BylineRules(Tables t, PersonRules persons) {
        this.t = t;
        this.persons = persons;
    }

    /** Marks that may stand between a role word and its name. */
    private static final String CREDIT_MARKS = ":：/／|｜丨";

    private static boolean space(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\u00a0';
    }

    public List<Credit> find(Doc d) {
        List<Credit> out = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            for (Tables.Role r : t.roles) {
                if (!d.startsWith(r.word(), i)) continue;
                int e = i + r.word().length();
                Byline.Role role = Byline.Role.valueOf(r.role());
                if (r.nameAfter()) {
                    if (r.word().endsWith("编辑") && i > 0 && (d.at(i - 1) == '总' || d.at(i - 1) == '主')) break;
                    after(d, e, role, out);
                } else {
                    before(d, i, e, role, out);
                    if (r.word().indexOf('/') > 0) creditsAfter(d, e, role, out); // 文/图 本报记者 王建 通讯员 李娜
                }
                i = e - 1;
                break;
            }
        }
        return out;
    }

    /** Outlet words before a role word in a credit line (本报记者, 本台记者). */
    private static final List<String> OWN_OUTLET = List.of("本报", "本台", "本刊", "本网");

    /**
     * {@code 文/图 本报记者 王建 通讯员 李娜}: a text-and-photo mark before the credits gives each name credited after it,
     * under its own role word, the mark's role as well. The line's credits only: the run stops at the first text that
     * is no role word.
     */
    private void creditsAfter(Doc d, int p, Byline.Role role, List<Credit> out) {
        for (int guard = 0; guard < 4; guard++) {
            while (p < d.length && (space(d.at(p)) || CREDIT_MARKS.indexOf(d.at(p)) >= 0)) p++;
            for (String o : OWN_OUTLET) if (d.startsWith(o, p)) p += o.length();
            Tables.Role found = null;
            for (Tables.Role r : t.roles) if (r.nameAfter() && d.startsWith(r.word(), p) && (found == null || r.word().length() > found.word().length())) found = r;
            if (found == null) return;
            int end = after(d, p + found.word().length(), role, out);
            if (end <= p + found.word().length()) return;
            p = end;
        }
    }

    /** Credits the names after a role word; returns where the last name credited ends (or {@code p}). */
    private int after(Doc d, int p, Byline.Role role, List<Credit> out) {
        // 记者 李明, 记者:李明, 记者/李明, 记者｜李明
        while (p < d.length && (space(d.at(p)) || CREDIT_MARKS.indexOf(d.at(p)) >= 0)) p++;
        int last = p;
        for (int k = 0; k < 4; k++) {
            int len = creditName(d, p, k > 0);
            if (len == 0) return last;
            out.add(new Credit(new Span(p, p + len, EntityType.Person, null, -1, null, PRIO, "byline"), role));
            last = p + len;
            int q = p + len;
            boolean sep = false;
            while (q < d.length && (space(d.at(q)) || d.at(q) == '、')) {
                q++;
                sep = true;
            }
            if (!sep) return last;
            // a following role word starts its own credit
            for (Tables.Role r : t.roles) if (d.startsWith(r.word(), q)) return last;
            p = q;
        }
        return last;
    }

    private void before(Doc d, int i, int e, Byline.Role role, List<Credit> out) {
        if (e < d.length && Doc.isHan(d.at(e))) return; // 摄影师, 摄于: the role word must close the credit
        int q = i;
        while (q > 0 && space(d.at(q - 1))) q--;
        int st = q;
        while (st > 0 && Doc.isHan(d.at(st - 1)) && q - st < 4) st--;
        if (st > 0 && Doc.isHan(d.at(st - 1))) return; // not a separate credit
        if (q - st == 1 && st >= 2 && space(d.at(st - 1))) { // 薛 涛 摄: a two-character name padded with a space
            int r = st - 1;
            while (r > 0 && space(d.at(r - 1)) && st - r < 2) r--;
            if (r > 0 && persons.surnameLength(d, r - 1) == 1 && (r == 1 || !Doc.isHan(d.at(r - 2)))) {
                out.add(new Credit(new Span(r - 1, q, EntityType.Person, null, -1, null, PRIO, "byline"), role));
                return;
            }
        }
        int len = q - st;
        if (len < 2 || len > 4 || persons.surnameLength(d, st) == 0) return;
        String w = d.simplified.substring(st, q);
        if (t.stopPersons.contains(w)) return;
        out.add(new Credit(new Span(st, q, EntityType.Person, null, -1, null, PRIO, "byline"), role));
        // 作者:李永春 陈进宇 文/图: names before it, each set off by spaces, share the credit
        for (int n = 0; n < 3; n++) {
            int e2 = st;
            while (e2 > 0 && space(d.at(e2 - 1))) e2--;
            if (e2 == st || e2 == 0) return;
            int s2 = e2;
            while (s2 > 0 && Doc.isHan(d.at(s2 - 1)) && e2 - s2 < 5) s2--;
            if (e2 - s2 < 2 || e2 - s2 > 4 || s2 > 0 && Doc.isHan(d.at(s2 - 1)) || persons.surnameLength(d, s2) == 0) return;
            String w2 = d.simplified.substring(s2, e2);
            if (t.stopPersons.contains(w2) || persons.commonWord(w2)) return;
            out.add(new Credit(new Span(s2, e2, EntityType.Person, null, -1, null, PRIO, "byline"), role));
            st = s2;
        }
    }

    /**
     * A name right at p for a credit: 2-4 Han chars from a surname, ended by a break, 报道, 摄, or another role.
     * {@code listed}: the name follows another credited under the same role word, so
     * a name that is also a common word counts (通讯员董惠鋆 汪洋) when the credit closes right after it.
     */
    private int creditName(Doc d, int p, boolean listed) {
        if (persons.surnameLength(d, p) == 0) return 0;
        // a two-character name padded to three with a space: 赵 敏
        if (persons.surnameLength(d, p) == 1 && space(d.at(p + 1))) {
            int q = p + 1;
            while (q < d.length && space(d.at(q)) && q - p <= 2) q++;
            if (Doc.isHan(d.at(q)) && !Doc.isHan(d.at(q + 1)) && q + 1 <= d.length) return q + 1 - p;
            return 0;
        }
        int q = p;
        while (q < d.length && Doc.isHan(d.at(q)) && q - p < 5) {
            if (q - p >= 2 && (d.startsWith("报道", q) || d.startsWith("摄", q) || d.startsWith("文/图", q))) break;
            boolean role = false;
            for (Tables.Role r : t.roles) if (q - p >= 2 && d.startsWith(r.word(), q)) role = true;
            if (role) break;
            q++;
        }
        int len = q - p;
        if (len < 2 || len > 4) return 0;
        if (q < d.length && Doc.isHan(d.at(q)) && !d.startsWith("报道", q) && !d.startsWith("摄", q)) {
            boolean role = false;
            for (Tables.Role r : t.roles) if (d.startsWith(r.word(), q)) role = true;
            if (!role) return 0;
        }
        String w = d.simplified.substring(p, q);
        if (t.stopPersons.contains(w) || len == 4 && persons.surnameLength(d, p) == 1 && !persons.plausible(w)) return 0;
        boolean closes = q >= d.length || "）)】]\n".indexOf(d.at(q)) >= 0;
        if (persons.commonWord(w) && !(listed && closes)) return 0;
        return len;
    }
}
