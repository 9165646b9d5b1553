/**
 * A participant's history: yearly ratings, emulation titles, recognised initiatives, awards
 * received (revoked or not) and the open cases that exclude it, and {@link
 * vn.emulation.core.history.PrerequisiteCheck}, which reads a form's prerequisites in the law in
 * force against that history, through the lineage of the units a collective stands for, and
 * explains each condition with its article.
 */
package vn.emulation.core.history;
