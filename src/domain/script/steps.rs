//! The same choices as a click path in the Microsoft 365 admin center, for people who will not run scripts.
use super::Choice;
use super::{comment_text, ChoiceSet};
use crate::domain::policy::PolicyValue;
use crate::i18n::k;
use crate::i18n::Message;

/// Sign in, open Settings > Org settings > Services > Self-service trials and purchases, then one step per
/// product (Allow / Allow for trials only / Do not allow), then the reminders. Arguments: `{id}` (validated) and
/// `{name}` (free text, made single-line); `name` is the last argument so that a `{id}` inside a name is never
/// filled in.
pub fn admin_center_steps(choices: &[Choice]) -> Vec<Message> {
    let set = ChoiceSet::new(choices);
    let mut steps = vec![Message::new(&k::SCRIPTS_STEPS_SIGN_IN), Message::new(&k::SCRIPTS_STEPS_OPEN)];
    if set.unique.is_empty() {
        steps.push(Message::new(&k::SCRIPTS_STEPS_NONE));
        return steps;
    }
    for c in &set.unique {
        let key = match c.value {
            PolicyValue::Enabled => &k::SCRIPTS_STEPS_PRODUCT_ALLOW,
            PolicyValue::OnlyTrialsWithoutPaymentMethod => &k::SCRIPTS_STEPS_PRODUCT_TRIALS,
            PolicyValue::Disabled => &k::SCRIPTS_STEPS_PRODUCT_BLOCK,
        };
        steps.push(Message::new(key).arg("id", &c.id).arg("name", comment_text(&c.name)));
        for (control, path) in &c.admin_settings {
            // Catalogue text, so made single-line too; the product's name stays last.
            steps.push(
                Message::new(&k::SCRIPTS_STEPS_PRODUCT_ALSO)
                    .arg("control", comment_text(control))
                    .arg("path", comment_text(path))
                    .arg("name", comment_text(&c.name)),
            );
        }
    }
    steps.push(Message::new(&k::SCRIPTS_STEPS_FUTURE_ONLY));
    steps.push(Message::new(&k::SCRIPTS_STEPS_RECHECK));
    steps
}
