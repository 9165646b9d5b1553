/**
 * Administrative units (province, city or district, ward or commune) in a hierarchy that changes
 * over time: units open, close, are renamed, move under another parent, merge and split, and every
 * question about them is asked at a date.
 */
package vn.emulation.core.unit;
