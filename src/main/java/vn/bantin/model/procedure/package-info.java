/** Administrative procedures (thủ tục hành chính): their typed records and the catalog grouped by field and level. */
package vn.bantin.model.procedure;
