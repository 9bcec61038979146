//! k-anonymity: counts derived from jobseekers below k are never returned.
//!
//! [`publish`] hides one count; [`suppress_breakdown`] hides the cells of a breakdown that are
//! below k and, when exactly one cell is hidden but the total is shown, also the smallest shown
//! cell, so that the hidden one cannot be derived by subtraction (complementary suppression).

/// The count when it is at least `k`, else nothing.
pub fn publish(count: u32, k: u32) -> Option<u32> {
    (count >= k).then_some(count)
}

/// Which cells of a breakdown to suppress. `cells` are the jobseeker counts of the cells;
/// `total_shown` says whether the total of the breakdown is published. Returns one flag per cell.
pub fn suppress_breakdown(cells: &[u32], k: u32, total_shown: bool) -> Vec<bool> {
    let mut suppressed: Vec<bool> = cells.iter().map(|&c| c < k).collect();
    let hidden = suppressed.iter().filter(|&&s| s).count();
    if total_shown && hidden == 1 {
        let smallest_shown = (0..cells.len()).filter(|&i| !suppressed[i]).min_by_key(|&i| (cells[i], i));
        if let Some(i) = smallest_shown {
            suppressed[i] = true;
        }
    }
    suppressed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_hidden() {
        assert_eq!(publish(4, 5), None);
        assert_eq!(publish(0, 5), None);
        assert_eq!(publish(5, 5), Some(5));
    }

    #[test]
    fn a_single_hidden_cell_takes_the_smallest_shown_with_it() {
        assert_eq!(suppress_breakdown(&[10, 3, 7, 8], 5, true), vec![false, true, true, false]);
        assert_eq!(suppress_breakdown(&[10, 3, 7, 8], 5, false), vec![false, true, false, false]);
        assert_eq!(suppress_breakdown(&[10, 3, 2, 8], 5, true), vec![false, true, true, false]);
        assert_eq!(suppress_breakdown(&[3], 5, true), vec![true]);
    }
}
