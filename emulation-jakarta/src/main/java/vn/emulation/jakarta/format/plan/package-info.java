/**
 * The plan file format {@code emulation-plan/1} ({@code docs/plan-format.md}): {@link
 * vn.emulation.jakarta.format.plan.PlanJsonReader} turns a plan file into a core {@code Plan},
 * reporting every structural and model problem at once with its path, and {@link
 * vn.emulation.jakarta.format.plan.PlanJsonWriter} writes a plan back as stable, pretty-printed
 * text. It is an inbound adapter on JSON-P, so the core stays unaware of files and JSON. Its exact
 * JSON reading ({@code JsonDocument}, {@code JsonFields}, {@code FieldType}, {@code JsonText}) also
 * serves the law's file format, {@code format.law}.
 */
package vn.emulation.jakarta.format.plan;
