fn main() {
    afl::fuzz!(|data: &[u8]| ssp_advisor_fuzz::combined_states(data));
}
