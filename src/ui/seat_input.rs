//! A seat-count field: a `NumberField` that accepts whole numbers from 1 to 100,000.
use crate::domain::input::parse_seats;
use crate::ui::number_field::NumberField;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SeatInputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: u32,
    pub on_change: Callback<u32>,
}

#[function_component(SeatInput)]
pub fn seat_input(props: &SeatInputProps) -> Html {
    let validate = {
        let cb = props.on_change.clone();
        Callback::from(move |raw: String| match parse_seats(&raw) {
            Ok(n) => {
                cb.emit(n);
                None
            }
            Err(m) => Some(m),
        })
    };
    html! {
        <NumberField id={props.id.clone()} label={props.label.clone()} hide_label={true} class="seats"
            value={props.value.to_string()} {validate} />
    }
}
