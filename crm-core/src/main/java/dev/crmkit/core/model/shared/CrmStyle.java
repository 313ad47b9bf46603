package dev.crmkit.core.model.shared;

import dev.crmkit.core.error.MissingValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every CRMKit entity: an abstract {@code AbstractDeal} generates the public
 * immutable {@code Deal} with a builder, without Guava. A builder built without a mandatory attribute, or
 * given {@code null} for one, throws {@link MissingValueException} naming the attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeAbstract = "Abstract*",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        jdkOnly = true,
        get = {"is*", "get*"},
        defaults = @Value.Immutable(copy = true),
        throwForInvalidImmutableState = MissingValueException.class,
        throwForNullPointer = MissingValueException.class)
public @interface CrmStyle {
}
