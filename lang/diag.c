/* diag.c: collecting and printing compile errors in Go's form.
 *
 * Errors are kept in report order and sorted by position only when printed,
 * because the checker does not visit the program in source order (package
 * level declarations are checked in dependency order).  Printing follows
 * cmd/compile: sorted by file (in the order the files were added, as
 * cmd/compile orders its position bases), then line and column, exact repeats dropped, and after
 * the tenth error `too many errors`.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_ERRORS = 10 };

void diag_init(Diag *d, const char *filename, Mem *mem)
{
	memset(d, 0, sizeof *d);
	d->mem = mem;
	if (filename)
		diag_add_file(d, filename);
}

void diag_free(Diag *d)
{
	for (int i = 0; i < d->len; i++)
		mem_free(d->mem, d->entries[i].msg);
	mem_free(d->mem, d->entries);
	d->entries = NULL;
	d->len = d->cap = 0;
	for (int i = 0; i < d->nfiles; i++)
		mem_free(d->mem, d->files[i]);
	mem_free(d->mem, d->files);
	d->files = NULL;
	d->nfiles = d->filecap = 0;
}

int diag_add_file(Diag *d, const char *name)
{
	if (d->nfiles == d->filecap) {
		int cap = d->filecap ? d->filecap * 2 : 4;
		char **files = mem_realloc(d->mem, d->files, (size_t)cap * sizeof *files);
		if (!files)
			return 0; /* out of memory: the compilation's Mem jumps out */
		d->files = files;
		d->filecap = cap;
	}
	size_t n = strlen(name);
	char *copy = mem_alloc(d->mem, n + 1);
	if (!copy)
		return 0;
	memcpy(copy, name, n + 1);
	d->files[d->nfiles] = copy;
	return d->nfiles++;
}

const char *diag_file_name(const Diag *d, int file)
{
	return file >= 0 && file < d->nfiles ? d->files[file] : "?";
}

void diag_verror(Diag *d, Pos pos, const char *fmt, va_list ap)
{
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	char *msg = n >= 0 ? mem_realloc(d->mem, NULL, (size_t)n + 1) : NULL;
	if (!msg) { /* only a non-jumping Mem returns: drop the error */
		va_end(again);
		return;
	}
	vsnprintf(msg, (size_t)n + 1, fmt, again);
	va_end(again);
	if (d->len == d->cap) {
		int cap = d->cap ? d->cap * 2 : 16;
		DiagEntry *e = mem_realloc(d->mem, d->entries, (size_t)cap * sizeof *e);
		if (!e) {
			mem_free(d->mem, msg);
			return;
		}
		d->entries = e;
		d->cap = cap;
	}
	d->entries[d->len] = (DiagEntry){pos, msg, d->len};
	d->len++;
}

void diag_error(Diag *d, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_verror(d, pos, fmt, ap);
	va_end(ap);
}

int diag_count(const Diag *d)
{
	return d->len;
}

static int by_position(const void *pa, const void *pb)
{
	const DiagEntry *a = pa, *b = pb;
	if (a->pos.file != b->pos.file)
		return a->pos.file < b->pos.file ? -1 : 1;
	if (a->pos.line != b->pos.line)
		return a->pos.line < b->pos.line ? -1 : 1;
	if (a->pos.col != b->pos.col)
		return a->pos.col < b->pos.col ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void diag_print(Diag *d, StrBuf *out)
{
	qsort(d->entries, (size_t)d->len, sizeof *d->entries, by_position);
	int printed = 0;
	for (int i = 0; i < d->len; i++) {
		DiagEntry *e = &d->entries[i];
		if (i > 0 && e->pos.file == d->entries[i - 1].pos.file &&
		    e->pos.line == d->entries[i - 1].pos.line &&
		    strcmp(e->msg, d->entries[i - 1].msg) == 0)
			continue;
		const char *name = diag_file_name(d, e->pos.file);
		sb_printf(out, "%s:%d:%d: %s\n", name, e->pos.line, e->pos.col,
			  e->msg);
		/* cmd/compile gives up when the tenth error is reported,
		 * naming that error's position. */
		if (++printed == MAX_ERRORS) {
			sb_printf(out, "%s:%d:%d: too many errors\n", name,
				  e->pos.line, e->pos.col);
			break;
		}
	}
}
