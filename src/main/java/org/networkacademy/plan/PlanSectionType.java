package org.networkacademy.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The nine sections of a practice network plan (issue 5) and the shape of each: its text fields
 * and its tables. Keys are stable (they are stored in {@code plan_section.section_key} and in the
 * section JSON); labels come from the translation keys {@code plan.section.<key>},
 * {@code plan.field.<key>} and {@code plan.choice.<choices>.<value>}.
 */
public enum PlanSectionType {

    VISION("vision", List.of(Field.longText("function"), Field.longText("vision"), Field.longText("exercise-notes")), List.of()),
    OBJECTIVES("objectives", List.of(Field.longText("objectives"), Field.longText("exercise-notes")),
            List.of(new Table("outcomes", List.of(Field.text("outcome"), Field.text("measure"), Field.text("target"),
                    Field.text("deadline"))))),
    PARTNERS("partners", List.of(Field.longText("exercise-notes")), List.of(
            new Table(Tables.PARTNERS, List.of(Field.text("name"), Field.choice("type", Choices.PARTNER_TYPES),
                    Field.text("country"), Field.text("services"), Field.text("contact-role"))),
            new Table(Tables.LINKAGES, List.of(Field.partner("from"), Field.partner("to"),
                    Field.choice("linkage-type", Choices.LINKAGE_TYPES), Field.text("description"))))),
    NETWORK_MAP("network-map", List.of(Field.longText("map-notes")), List.of()),
    GOVERNANCE("governance", List.of(Field.choice("structure", Choices.GOVERNANCE_STRUCTURES), Field.longText("rationale"),
            Field.longText("decision-rules"), Field.longText("accountability"), Field.longText("exercise-notes")), List.of()),
    PROTOCOL("protocol", List.of(Field.longText("coordination"), Field.longText("procedures"), Field.longText("exercise-notes")),
            List.of(new Table(Tables.ACTIVITIES, List.of(Field.text("activity"))),
                    new Table(Tables.RACI, List.of(Field.text("activity"), Field.partner("partner"),
                            Field.choice("raci-role", Choices.RACI_ROLES))))),
    RESOURCES("resources", List.of(Field.longText("gaps"), Field.longText("securing"), Field.longText("exercise-notes")),
            List.of(new Table("contributions", List.of(Field.partner("partner"), Field.text("money"), Field.text("in-kind"))))),
    COMMUNICATION("communication", List.of(Field.longText("exercise-notes")),
            List.of(new Table("messages", List.of(Field.text("audience"), Field.text("message"), Field.text("channel"),
                    Field.text("timing"))))),
    MONITORING("monitoring", List.of(Field.longText("reporting"), Field.longText("exercise-notes")),
            List.of(new Table("indicators", List.of(Field.text("indicator"), Field.text("baseline"), Field.text("target"),
                    Field.text("frequency"), Field.text("source"), Field.text("responsible")))));

    /** Longest single-line value, in characters. */
    public static final int MAX_TEXT = 500;
    /** Longest multi-line value, in characters. */
    public static final int MAX_LONG_TEXT = 20_000;
    /** Most rows in one table. */
    public static final int MAX_ROWS = 300;

    private final String key;
    private final List<Field> fields;
    private final List<Table> tables;

    PlanSectionType(String key, List<Field> fields, List<Table> tables) {
        this.key = key;
        this.fields = fields;
        this.tables = tables;
    }

    /** @return the stable key, e.g. {@code network-map} */
    public String key() {
        return key;
    }

    /** @return the section's text (or choice) fields, in display order */
    public List<Field> fields() {
        return fields;
    }

    /** @return the section's tables, in display order */
    public List<Table> tables() {
        return tables;
    }

    /** @return the table with this key */
    public Optional<Table> table(String tableKey) {
        return tables.stream().filter(t -> t.key().equals(tableKey)).findFirst();
    }

    /** @return the section type with this key */
    public static Optional<PlanSectionType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /** How a value is entered and checked. */
    public enum Kind {
        /** one line, up to {@link #MAX_TEXT} characters */
        TEXT,
        /** several lines, up to {@link #MAX_LONG_TEXT} characters */
        LONG_TEXT,
        /** one of {@link Field#choices()} (or blank) */
        CHOICE,
        /** the id of a partner of the partners table (or blank) */
        PARTNER
    }

    /**
     * A field of a section, or a column of a table.
     *
     * @param key        stable key; label {@code plan.field.<key>}
     * @param kind       how it is entered
     * @param choicesKey for {@link Kind#CHOICE}: the choice list's key (labels {@code plan.choice.<choicesKey>.<value>})
     * @param choices    for {@link Kind#CHOICE}: the allowed values
     */
    public record Field(String key, Kind kind, String choicesKey, List<String> choices) {
        static Field text(String key) {
            return new Field(key, Kind.TEXT, null, List.of());
        }

        static Field longText(String key) {
            return new Field(key, Kind.LONG_TEXT, null, List.of());
        }

        static Field partner(String key) {
            return new Field(key, Kind.PARTNER, null, List.of());
        }

        static Field choice(String key, Choices c) {
            return new Field(key, Kind.CHOICE, c.key, c.values);
        }
    }

    /**
     * A table of a section.
     *
     * @param key     stable key; label {@code plan.table.<key>}
     * @param columns its columns
     */
    public record Table(String key, List<Field> columns) {
    }

    /** Keys of tables other features read. */
    public static final class Tables {
        public static final String PARTNERS = "partners";
        public static final String LINKAGES = "linkages";
        public static final String ACTIVITIES = "activities";
        public static final String RACI = "raci";

        private Tables() {
        }
    }

    /** The choice lists of the plan. */
    public enum Choices {
        PARTNER_TYPES("partner-type", List.of("tpo", "chamber", "sector-association", "standards-body",
                "export-credit-agency", "university", "development-partner", "other")),
        LINKAGE_TYPES("linkage-type", List.of("joint-programme", "referral", "resource-sharing", "joint-advocacy",
                "practice-sharing")),
        GOVERNANCE_STRUCTURES("governance", List.of("participant-governed", "lead-organisation",
                "network-administrative-organisation")),
        RACI_ROLES("raci", List.of("R", "A", "C", "I"));

        private final String key;
        private final List<String> values;

        Choices(String key, List<String> values) {
            this.key = key;
            this.values = values;
        }

        /** @return the list's key, used in translation keys */
        public String key() {
            return key;
        }

        /** @return the allowed values, in display order */
        public List<String> options() {
            return values;
        }
    }
}
