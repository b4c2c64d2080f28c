package org.networkacademy.plan.ui;

import org.networkacademy.base.ui.CharacterCount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.networkacademy.plan.PlanSectionType;
import org.networkacademy.plan.SectionContent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The form of one plan section, built from its shape ({@link PlanSectionType}): a field per text
 * or choice, and for each table one row of inputs per entry with "add row" and "remove". Read-only
 * for users who may not edit. {@link #value()} gives the content as entered; {@link #hasFocus()}
 * tells whether the user is in one of its fields now.
 */
class SectionEditor extends Div {

    private final PlanSectionType type;
    private final boolean editable;
    private final Runnable onChange;
    private final Runnable onFocusChange;
    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    private final Map<String, TableEditor> tables = new LinkedHashMap<>();
    /** The fields that have the browser's focus (focus and blur reach the server as they happen). */
    private final Set<Component> focused = new HashSet<>();
    private Map<String, String> partnerNames;

    /**
     * @param onChange      called when the user changes a value, adds or removes a row
     * @param onFocusChange called when the focus enters the form (no field had it) or leaves it (no field has it
     *                      any more); moving between its fields calls it twice, blur then focus, as the browser sends them
     */
    SectionEditor(PlanSectionType type, boolean editable, Runnable onChange, Runnable onFocusChange) {
        this.type = type;
        this.editable = editable;
        this.onChange = onChange;
        this.onFocusChange = onFocusChange;
        addClassName("na-plan-editor");
    }

    /** Shows {@code content}; partner names feed the partner pickers. */
    void show(SectionContent content, Map<String, String> partnerNames) {
        this.partnerNames = partnerNames;
        removeAll();
        fields.clear();
        tables.clear();
        focused.clear(); // the fields are new: none of them has the focus
        for (PlanSectionType.Field f : type.fields()) {
            var input = input(f, "plan-" + type.key() + "-" + f.key(), content.field(f.key()), true);
            fields.put(f.key(), input);
            add(component(input));
        }
        for (PlanSectionType.Table t : type.tables()) {
            var table = new TableEditor(t, content.rows(t.key()));
            tables.put(t.key(), table);
            add(table);
        }
    }

    /** @return the content as entered (partner rows keep their ids) */
    SectionContent value() {
        var f = new LinkedHashMap<String, String>();
        fields.forEach((k, v) -> f.put(k, v.getValue() == null ? "" : v.getValue()));
        var t = new LinkedHashMap<String, List<Map<String, String>>>();
        tables.forEach((k, v) -> t.put(k, v.rows()));
        return new SectionContent(f, t);
    }

    /**
     * The user is in this section now: one of its fields has the focus. Known on the server before
     * what they type, which arrives only after a pause ({@code ValueChangeMode.LAZY}).
     */
    boolean hasFocus() {
        return !focused.isEmpty();
    }

    HasValue<?, String> field(String key) {
        return fields.get(key);
    }

    TableEditor table(String key) {
        return tables.get(key);
    }

    private HasValue<?, String> input(PlanSectionType.Field f, String id, String value, boolean withLabel) {
        String label = getTranslation("plan.field." + f.key());
        HasValue<?, String> input = switch (f.kind()) {
            case LONG_TEXT -> {
                var a = new TextArea(label);
                CharacterCount.show(a, PlanSectionType.MAX_LONG_TEXT);
                a.setWidthFull();
                a.setValue(value);
                // typing reaches the server about 0.4 s after the last keystroke, or at once when the
                // user clicks anything with a server listener (Flow flushes pending values before
                // that event, so Save gets the text as typed). It marks the section changed; that the
                // user is in it at all is known earlier, from focus (see hasFocus).
                a.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
                yield a;
            }
            case TEXT -> {
                var tf = new TextField(label);
                tf.setMaxLength(PlanSectionType.MAX_TEXT);
                tf.setValue(value);
                tf.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
                yield tf;
            }
            case CHOICE -> {
                var s = new Select<String>();
                s.setLabel(label);
                s.setItems(f.choices());
                s.setEmptySelectionAllowed(true);
                s.setEmptySelectionCaption(getTranslation("plan.choice.none"));
                s.setItemLabelGenerator(v -> v == null || v.isEmpty() ? getTranslation("plan.choice.none")
                        : getTranslation("plan.choice." + f.choicesKey() + "." + v));
                s.setValue(value.isEmpty() ? null : value);
                yield new NullToEmpty(s);
            }
            case PARTNER -> {
                var s = new Select<String>();
                s.setLabel(label);
                var ids = new ArrayList<>(partnerNames.keySet());
                if (!value.isEmpty() && !ids.contains(value)) {
                    ids.add(value);
                }
                s.setItems(ids);
                s.setEmptySelectionAllowed(true);
                s.setEmptySelectionCaption(getTranslation("plan.choice.none"));
                s.setItemLabelGenerator(v -> v == null || v.isEmpty() ? getTranslation("plan.choice.none")
                        : partnerNames.getOrDefault(v, getTranslation("plan.partner.removed")));
                s.setValue(value.isEmpty() ? null : value);
                yield new NullToEmpty(s);
            }
        };
        Component c = component(input);
        c.setId(id);
        if (!withLabel) {
            c.getElement().setAttribute("aria-label", label);
        }
        input.setReadOnly(!editable);
        input.addValueChangeListener(e -> onChange.run());
        if (editable && c instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.addFocusListener(e -> {
                boolean before = hasFocus();
                focused.add(c);
                if (!before) {
                    onFocusChange.run();
                }
            });
            focusable.addBlurListener(e -> {
                if (focused.remove(c) && !hasFocus()) {
                    onFocusChange.run();
                }
            });
        }
        return input;
    }

    private static Component component(HasValue<?, String> input) {
        return input instanceof NullToEmpty n ? n.select : (Component) input;
    }

    /** Adapts a {@code Select} (null = nothing chosen) to the section's "" for blank. */
    static final class NullToEmpty implements HasValue<HasValue.ValueChangeEvent<String>, String> {
        final Select<String> select;

        NullToEmpty(Select<String> select) {
            this.select = select;
        }

        @Override
        public void setValue(String value) {
            select.setValue(value == null || value.isEmpty() ? null : value);
        }

        @Override
        public String getValue() {
            return select.getValue() == null ? "" : select.getValue();
        }

        @Override
        public com.vaadin.flow.shared.Registration addValueChangeListener(
                ValueChangeListener<? super ValueChangeEvent<String>> listener) {
            return select.addValueChangeListener(e -> listener.valueChanged(null));
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            select.setReadOnly(readOnly);
        }

        @Override
        public boolean isReadOnly() {
            return select.isReadOnly();
        }

        @Override
        public void setRequiredIndicatorVisible(boolean visible) {
            select.setRequiredIndicatorVisible(visible);
        }

        @Override
        public boolean isRequiredIndicatorVisible() {
            return select.isRequiredIndicatorVisible();
        }
    }

    /** One table of the section: a row of inputs per entry. */
    final class TableEditor extends Div {
        private final PlanSectionType.Table table;
        private final List<Row> rows = new ArrayList<>();
        private final Div body = new Div();

        TableEditor(PlanSectionType.Table table, List<Map<String, String>> initial) {
            this.table = table;
            addClassName("na-plan-table");
            add(new H3(getTranslation("plan.table." + table.key())));
            add(body);
            initial.forEach(this::addRow);
            if (editable) {
                var add = new Button(getTranslation("plan.row.add." + table.key()), VaadinIcon.PLUS.create(), e -> {
                    addRow(Map.of());
                    onChange.run();
                });
                add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                add.setId("plan-" + type.key() + "-" + table.key() + "-add");
                add(add);
            }
        }

        private void addRow(Map<String, String> values) {
            var row = new Row(values.get(SectionContent.ID));
            int index = rows.size();
            row.layout.addClassName("na-plan-row");
            for (PlanSectionType.Field c : table.columns()) {
                var input = input(c, "plan-" + type.key() + "-" + table.key() + "-" + index + "-" + c.key(),
                        values.getOrDefault(c.key(), ""), true);
                row.cells.put(c.key(), input);
                row.layout.add(component(input));
            }
            if (editable) {
                var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    rows.remove(row);
                    body.remove(row.layout);
                    row.cells.values().forEach(cell -> focused.remove(component(cell)));
                    onChange.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("plan.row.remove"));
                remove.setTooltipText(getTranslation("plan.row.remove"));
                row.layout.add(remove);
            }
            rows.add(row);
            body.add(row.layout);
        }

        /** @return the rows as entered */
        List<Map<String, String>> rows() {
            var out = new ArrayList<Map<String, String>>();
            for (Row r : rows) {
                var m = new LinkedHashMap<String, String>();
                if (r.id != null) {
                    m.put(SectionContent.ID, r.id);
                }
                r.cells.forEach((k, v) -> m.put(k, v.getValue() == null ? "" : v.getValue()));
                out.add(m);
            }
            return out;
        }

        int size() {
            return rows.size();
        }

        HasValue<?, String> cell(int row, String column) {
            return rows.get(row).cells.get(column);
        }
    }

    private static final class Row {
        final String id;
        final Map<String, HasValue<?, String>> cells = new LinkedHashMap<>();
        final FlexLayout layout = new FlexLayout();

        Row(String id) {
            this.id = id;
            layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            layout.getStyle().set("gap", "0.5em");
            layout.setAlignItems(FlexLayout.Alignment.BASELINE);
        }
    }
}
