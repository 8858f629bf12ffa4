/** Changes to the unit tree (cơ cấu tổ chức): new units, new names, new places in the tree, mergers. */
package vn.cchc.application.unit;
