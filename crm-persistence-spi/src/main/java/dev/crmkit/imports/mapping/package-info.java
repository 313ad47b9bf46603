/**
 * The import mapping: which object type a CSV file holds, its format, where the external id comes from, and
 * how each target field is read from the columns ({@link dev.crmkit.imports.mapping.FieldSpec}: column,
 * transforms, placeholders, split, value map, date / number / money / boolean formats, look-ups of other
 * records, custom property types). Mappings are written as JSON and read with
 * {@link dev.crmkit.imports.mapping.ImportMapping#fromJson}; unknown attributes and bad values are
 * {@link dev.crmkit.core.error.ValidationException}s naming the JSON path. The shipped mappings for HubSpot,
 * Salesforce and Pipedrive exports load with {@link dev.crmkit.imports.mapping.ImportMapping#builtIn}.
 * {@link dev.crmkit.imports.mapping.ValueParsers} and {@link dev.crmkit.imports.mapping.CountryNames} convert
 * cell text to typed values.
 */
package dev.crmkit.imports.mapping;
