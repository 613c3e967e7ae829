//! Byte-level primitives shared by every link format: unsigned LEB128 varints, zigzag decimals,
//! ProductIds packed into eight bytes, and a bounded reader that never panics and never
//! allocates more than the input could hold.
//!
//! ```text
//! uv   = unsigned LEB128, canonical (no superfluous trailing zero byte), at most 128 bits
//! dec  = uv (zigzag(mantissa) << 5 | scale) of the normalised Decimal
//! pid  = 8 bytes big-endian: the 12 characters [A-Z0-9] read as a base-36 number
//! ```
use crate::domain::ids::ProductId;
use rust_decimal::Decimal;

const BASE36: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/// 36^12: every 12-character ProductId is a number below this (and it fits in 63 bits).
const PID_SPACE: u64 = 4_738_381_338_321_616_896;

/// The bytes are not a link of the format being read.
#[derive(Debug, PartialEq, Eq)]
pub struct Damaged;

pub type Read<T> = Result<T, Damaged>;

#[derive(Default)]
pub struct Writer(pub Vec<u8>);

impl Writer {
    pub fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    pub fn uv(&mut self, mut v: u128) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(low);
                return;
            }
            self.0.push(low | 0x80);
        }
    }

    pub fn num(&mut self, v: impl Into<u128>) {
        self.uv(v.into())
    }

    pub fn dec(&mut self, d: Decimal) {
        self.uv(dec_bits(d))
    }

    pub fn pid(&mut self, id: &ProductId) {
        self.0.extend_from_slice(&pid_bits(id).to_be_bytes());
    }

    pub fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }
}

pub fn dec_bits(d: Decimal) -> u128 {
    let d = d.normalize();
    let m = d.mantissa();
    let zigzag = ((m << 1) ^ (m >> 127)) as u128;
    (zigzag << 5) | d.scale() as u128
}

pub fn dec_from_bits(v: u128) -> Read<Decimal> {
    let scale = (v & 31) as u32;
    let zigzag = v >> 5;
    let m = ((zigzag >> 1) as i128) ^ -((zigzag & 1) as i128);
    Decimal::try_from_i128_with_scale(m, scale).map_err(|_| Damaged)
}

fn pid_bits(id: &ProductId) -> u64 {
    id.as_str().bytes().fold(0u64, |acc, c| {
        let digit = BASE36.iter().position(|&x| x == c).unwrap_or(0) as u64;
        acc.wrapping_mul(36).wrapping_add(digit)
    })
}

pub fn pid_from_bytes(bytes: [u8; 8]) -> Read<ProductId> {
    let mut v = u64::from_be_bytes(bytes);
    if v >= PID_SPACE {
        return Err(Damaged);
    }
    let mut chars = [b'0'; 12];
    for c in chars.iter_mut().rev() {
        *c = BASE36[(v % 36) as usize];
        v /= 36;
    }
    ProductId::parse(std::str::from_utf8(&chars).map_err(|_| Damaged)?).map_err(|_| Damaged)
}

pub struct Reader<'a> {
    pub b: &'a [u8],
    pub pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(b: &'a [u8]) -> Reader<'a> {
        Reader { b, pos: 0 }
    }

    pub fn left(&self) -> usize {
        self.b.len() - self.pos
    }

    pub fn at_end(&self) -> bool {
        self.pos == self.b.len()
    }

    pub fn byte(&mut self) -> Read<u8> {
        let b = *self.b.get(self.pos).ok_or(Damaged)?;
        self.pos += 1;
        Ok(b)
    }

    pub fn uv(&mut self) -> Read<u128> {
        let mut v: u128 = 0;
        for shift in (0..128).step_by(7) {
            let b = self.byte()?;
            let bits = (b & 0x7f) as u128;
            // The 19th byte (shift 126) has room for 2 bits only.
            if shift > 121 && bits >> (128 - shift) != 0 {
                return Err(Damaged);
            }
            v |= bits << shift;
            if b & 0x80 == 0 {
                // Canonical: no superfluous trailing zero byte.
                if b == 0 && shift > 0 {
                    return Err(Damaged);
                }
                return Ok(v);
            }
        }
        Err(Damaged)
    }

    pub fn u32(&mut self) -> Read<u32> {
        u32::try_from(self.uv()?).map_err(|_| Damaged)
    }

    /// A count of items that follow: each takes at least one byte, so more than the bytes left
    /// is damage (and no hostile count can make us loop or allocate).
    pub fn count(&mut self) -> Read<usize> {
        let n = self.u32()? as usize;
        if n > self.left() {
            return Err(Damaged);
        }
        Ok(n)
    }

    pub fn take(&mut self, n: usize) -> Read<&'a [u8]> {
        if n > self.left() {
            return Err(Damaged);
        }
        let out = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(out)
    }

    pub fn dec(&mut self) -> Read<Decimal> {
        dec_from_bits(self.uv()?)
    }

    pub fn pid(&mut self) -> Read<ProductId> {
        let bytes: [u8; 8] = self.take(8)?.try_into().map_err(|_| Damaged)?;
        pid_from_bytes(bytes)
    }
}
