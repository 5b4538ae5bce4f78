package org.newskg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.EntityType;
import org.newskg.gazetteer.AdminDivision;
import org.newskg.gazetteer.Gazetteer;

/**
 * Adds what an organisation's canonical name says about where it is and what it belongs to:
 * <ul>
 *   <li>location: the division named at the start of the name ({@code 壶关县文化和旅游局} → 壶关县; after 中共:
 *       {@code 中共长治市委员会} → 长治市), or the place just before
 *       a branch suffix ({@code 交通银行长治分行} → 长治市);</li>
 *   <li>parent organisation: a bank of a branch ({@code 交通银行长治分行} → 交通银行), the college of an affiliated
 *       hospital or school ({@code 长治医学院附属和平医院} → 长治医学院).</li>
 * </ul>
 * A place name is tied to a division only when the article's own places or the gazetteer make it unambiguous
 * (a unique name, or exactly one candidate inside the article's region); otherwise no location is stated.
 * Pure and thread-safe.
 */
public final class OrgRelations {
    private static final Pattern BRANCH = Pattern.compile("^(.*?(?:银行|农商行|农商银行|信用社|信用联社|保险公司))(.+?)(分行|支行|分理处|营业部|分公司)$");
    private static final Pattern AFFILIATED = Pattern.compile("^(.+?(?:大学|学院|医学院|医科大学|师范大学))附属(.+)$");

    private final Gazetteer gazetteer;

    public OrgRelations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The article with organisation locations and parents added to its containment pairs. */
    public LinkedArticle enrich(LinkedArticle la) {
        Map<String, Entity> entities = new LinkedHashMap<>(la.entities());
        Set<Map.Entry<String, String>> pairs = new LinkedHashSet<>(la.partOf());
        Map<String, Division> divisions = new LinkedHashMap<>();
        for (Division d : la.divisions()) divisions.put(d.code(), d);
        List<AdminDivision> context = contextDivisions(la);

        for (Entity org : la.entities().values()) {
            if (org.type() != EntityType.Organization) continue;
            String name = org.label();
            String parentName = null, parentSubtype = null, placeText = null;
            Matcher b = BRANCH.matcher(name);
            Matcher a = AFFILIATED.matcher(name);
            if (b.matches()) {
                parentName = b.group(1);
                parentSubtype = "Bank";
                placeText = b.group(2);
            } else if (a.matches()) {
                parentName = a.group(1);
                parentSubtype = "School";
            }
            AdminDivision where = placeText != null ? resolve(placeText, context) : null;
            if (where == null) where = leadingDivision(name, context);
            if (where != null) {
                addDivision(divisions, where);
                pairs.add(Map.entry(org.key(), "place/" + where.code()));
            }
            if (parentName != null && parentName.length() >= 2 && !parentName.equals(name)) {
                String key = "org/" + parentName;
                entities.putIfAbsent(key, new Entity(key, EntityType.Organization, parentSubtype, parentName, null, Set.of()));
                pairs.add(Map.entry(org.key(), key));
                if (a.matches()) {
                    AdminDivision pw = leadingDivision(parentName, context);
                    if (pw != null) {
                        addDivision(divisions, pw);
                        pairs.add(Map.entry(key, "place/" + pw.code()));
                    }
                }
            }
        }
        if (pairs.size() == la.partOf().size()) return la;
        List<Division> ordered = new ArrayList<>(divisions.values());
        ordered.sort(Comparator.comparingInt((Division d) -> d.code().length()).thenComparing(Division::code));
        return new LinkedArticle(la.article(), la.extraction(), entities, la.mentionKeys(), la.positions(),
                new ArrayList<>(pairs), ordered, la.possiblySame(), la.unresolved(), la.home(), la.locatedByContext());
    }

    /** The division whose name (official or short) starts {@code name}, longest first; null when none or ambiguous. */
    private AdminDivision leadingDivision(String name, List<AdminDivision> context) {
        if (name == null) return null;
        if (name.startsWith("中共") && name.length() > 4) name = name.substring(2); // 中共长治市委员会 → 长治市
        for (int len = Math.min(name.length() - 1, 12); len >= 2; len--) {
            AdminDivision d = resolve(name.substring(0, len), context);
            if (d != null) return d;
            if (gazetteer.hasName(name.substring(0, len))) return null; // a place name, but ambiguous
        }
        return null;
    }

    /** A unique division for a name, using the article's places to choose among namesakes. */
    private AdminDivision resolve(String text, List<AdminDivision> context) {
        List<AdminDivision> candidates = gazetteer.byName(text);
        if (gazetteer.isShortForm(text))
            // short forms only for provinces, prefectures and counties (山西, 长治, 壶关); a bare township or
            // village stem (第一, 东关) is too often an ordinary word
            candidates = candidates.stream().filter(c -> c.level().ordinal() <= 2).toList();
        // a current official name beats an old name or an alternate form
        List<AdminDivision> official = candidates.stream().filter(c -> c.name().startsWith(text)).toList();
        if (!official.isEmpty()) candidates = official;
        if (candidates.isEmpty()) return null;
        // prefer what the article itself resolved
        for (AdminDivision c : context)
            if (candidates.stream().anyMatch(x -> x.code().equals(c.code()))) return c;
        if (candidates.size() == 1) return candidates.get(0);
        // namesakes: the one inside the article's region, if exactly one is
        List<AdminDivision> inside = candidates.stream()
                .filter(c -> context.stream().anyMatch(r -> c.code().startsWith(significant(r)))).toList();
        return inside.size() == 1 ? inside.get(0) : null;
    }

    private static String significant(AdminDivision d) {
        String c = d.code();
        return switch (d.level()) {
            case PROVINCE -> c.substring(0, 2);
            case CITY -> c.substring(0, 4);
            default -> c;
        };
    }

    private List<AdminDivision> contextDivisions(LinkedArticle la) {
        List<AdminDivision> out = new ArrayList<>();
        for (Division d : la.divisions()) gazetteer.byCode(d.code()).ifPresent(out::add);
        return out;
    }

    private void addDivision(Map<String, Division> divisions, AdminDivision d) {
        addWithAncestors(gazetteer, divisions, d);
    }

    /** Adds the division and all its ancestors to {@code divisions} (by code), keeping what is there. */
    static void addWithAncestors(Gazetteer gazetteer, Map<String, Division> divisions, AdminDivision d) {
        List<AdminDivision> chain = new ArrayList<>();
        chain.add(d);
        chain.addAll(gazetteer.ancestors(d.code()));
        for (AdminDivision x : chain)
            divisions.putIfAbsent(x.code(), new Division(x.code(), x.name(), x.level().label(), x.parentCode()));
    }
}
