//! Size limits on records. Requests beyond them are rejected (RESOURCE_EXHAUSTED at the edge
//! for counts, INVALID_ARGUMENT for field lengths), so that one caller cannot exhaust memory.

/// Longest id (posting, profile, programme, coach) in bytes.
pub const MAX_ID_BYTES: usize = 128;
/// Longest short text field (title, employer, name, region...) in bytes.
pub const MAX_SHORT_TEXT_BYTES: usize = 512;
/// Longest free text (description, summary) in bytes.
pub const MAX_LONG_TEXT_BYTES: usize = 64 * 1024;
/// Most requirements on one posting, skills on one profile or skills taught by one programme.
pub const MAX_SKILLS_PER_RECORD: usize = 200;
/// Most language entries on one record.
pub const MAX_LANGUAGES_PER_RECORD: usize = 20;
/// Most accepted regions or desired occupations on one profile.
pub const MAX_LIST_ENTRIES: usize = 50;
/// Longest training programme, in weeks (ten years).
pub const MAX_PROGRAMME_WEEKS: u32 = 520;
/// Most seats of one training programme.
pub const MAX_PROGRAMME_SEATS: u32 = 100_000;
/// Most records in one upsert batch.
pub const MAX_BATCH_RECORDS: usize = 5_000;
/// Largest page a list or match call returns.
pub const MAX_PAGE_SIZE: usize = 1_000;
/// Deepest result a caller can page to (offset + page size).
pub const MAX_RESULT_WINDOW: usize = 10_000;
/// Longest text accepted by skill extraction, in bytes.
pub const MAX_EXTRACT_TEXT_BYTES: usize = 1024 * 1024;
