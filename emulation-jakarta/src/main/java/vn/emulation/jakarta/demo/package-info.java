/**
 * Demo data for the sample server: Rạch Giá city as it stood in 2022–2025 and as it was reorganised
 * on 1 July 2025, its participants, their reports and their evidence, generated as core objects
 * from a plan and a seed. The data is plausible, deterministic and invented; it is no statement of
 * fact about any real unit, office or person.
 */
package vn.emulation.jakarta.demo;
