/** The application's JSON-B settings, shared by the REST answers and the audit log. */
package vn.emulation.jakarta.infrastructure.json;
