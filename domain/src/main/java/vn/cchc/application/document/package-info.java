/** Recording documents and plans (văn bản, kế hoạch) and the links between them. */
package vn.cchc.application.document;
