//! The four criteria of the impact assessment and of the appraisal (NĐ 63/2010 Art. 10, TT 03/2022).

use crate::keyed::keyed;

keyed! {
    /// A criterion, in the order of TT 03/2022.
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Criterion {
        /// Sự cần thiết.
        Necessity = "necessity", "Sự cần thiết", "Necessity";
        /// Tính hợp pháp.
        Legality = "legality", "Tính hợp pháp", "Legality";
        /// Tính hợp lý.
        Reasonableness = "reasonableness", "Tính hợp lý", "Reasonableness";
        /// Chi phí tuân thủ.
        ComplianceCost = "compliance_cost", "Chi phí tuân thủ", "Compliance cost";
    }
}
