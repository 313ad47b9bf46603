/**
 * Duplicate detection and merging: {@link dev.crmkit.merge.DuplicateGroup}s found by
 * {@link dev.crmkit.Duplicates}, the {@link dev.crmkit.merge.MergePlan} a dry run returns, and the
 * {@link dev.crmkit.merge.MergeRecord} of an applied merge.
 */
package dev.crmkit.merge;
