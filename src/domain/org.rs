//! The organisation's facts that the catalogue and the decision's questions share: the tenant's
//! country (where products are not sold) and the organisation's size band (where licensing
//! differs). Answers to two questions and product facts alike, so they sit below both.
crate::choice! {
    /// The tenant's country, where it matters (ISO 3166 codes).
    Country {
        India = "IN" / 1,
        Brazil = "BR" / 2,
        DrCongo = "CD" / 3,
        Other = "other" / 4,
    }
}

crate::choice! {
    /// How many people the organisation licenses: the bands in which licensing differs (an
    /// Enterprise Agreement needs 500; EA price levels A–D start at 500, 2,400, 6,000 and
    /// 15,000; Copilot Business is for organisations under 300). Issue 21: asked, never assumed.
    OrgSize {
        Under300 = "under_300" / 1,
        From300 = "300_499" / 2,
        From500 = "500_2399" / 3,
        From2400 = "2400_5999" / 4,
        From6000 = "6000_14999" / 5,
        From15000 = "15000_plus" / 6,
    }
}

impl OrgSize {
    /// The band's seats, smallest and largest (`u32::MAX`: open-ended).
    pub fn range(self) -> (u32, u32) {
        match self {
            OrgSize::Under300 => (1, 299),
            OrgSize::From300 => (300, 499),
            OrgSize::From500 => (500, 2_399),
            OrgSize::From2400 => (2_400, 5_999),
            OrgSize::From6000 => (6_000, 14_999),
            OrgSize::From15000 => (15_000, u32::MAX),
        }
    }

    /// The band a seat count falls in.
    pub fn of(seats: u32) -> OrgSize {
        Self::ALL.iter().copied().find(|b| seats <= b.range().1).unwrap_or(OrgSize::From15000)
    }

    /// A seat count for the cost engine within the band: `current` when it already lies in it
    /// (a number the user typed stays), else the band's upper end below 300 and its lower end
    /// above (the EA price level depends only on the band).
    pub fn seats_within(self, current: u32) -> u32 {
        let (lo, hi) = self.range();
        if (lo..=hi).contains(&current) {
            current
        } else if self == OrgSize::Under300 {
            hi
        } else {
            lo
        }
    }
}
