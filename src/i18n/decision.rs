//! Strings of the decision walk-through: questions, answers, arguments, rules, verdicts.
crate::translation_table! {
    "decision.heading" => ["Decision walk-through", "Entscheidungshilfe", "Beslishulp"],
}
