/** Units (đơn vị): provinces, People's Committees, departments and the units inside them, as a tree over time. */
package vn.cchc.domain.unit;
