fn main() {
    afl::fuzz!(|data: &[u8]| ssp_advisor_fuzz::tenant_list(data));
}
