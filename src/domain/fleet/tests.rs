//! Tests of the multi-tenant module.
