/**
 * Values shared by every aggregate: typed ids, {@link dev.crmkit.core.model.shared.TenantId},
 * {@link dev.crmkit.core.model.shared.Money}, {@link dev.crmkit.core.model.shared.EmailAddress},
 * {@link dev.crmkit.core.model.shared.PhoneNumber}, {@link dev.crmkit.core.model.shared.Percentage},
 * external ids, custom property values, and the injectable {@link dev.crmkit.core.model.shared.IdGenerator}.
 * Every value validates itself on construction and throws
 * {@link dev.crmkit.core.error.ValidationException} when it cannot be built.
 */
package dev.crmkit.core.model.shared;
