#!/usr/bin/env python3
"""Write the node kinds of a query file that their fields imply as `_`, in place, to make the
pack cheaper to compile.

Usage: scripts/wildcards.py [--by-field] LANGUAGE FILE...
       (e.g. scripts/wildcards.py go queries/go/PIN308.scm)

Compiling a query is mostly tree-sitter's analysis of every pattern step that has children,
and a wildcard parent `(_ ...)` is not analysed. `(call_expression function: f arguments: a)`
and `(_ function: f arguments: a)` match the same nodes when, in the grammar's
node-types.json, no other named kind has all of the step's required fields (those without a
`?` or `*` quantifier, outside alternations) among the kinds allowed where the step stands
(the parent's field or children types): the rewrite is exact. Steps without fields are left
alone (a bare `(_ ...)` could match an ERROR node or a comment), unless `--by-field` and the
parent's field admits that one kind (`body: (block ...)` in a Rust `function_item`: a
field's child is never a comment or an ERROR node).

Measure before keeping a rewrite: a wildcard child makes its parent's analysis consider every
kind, so a few packs compile slower (queries/README.md, "Compile cost"). The generators
(querygen/gen.py) call `transform` for the rules listed there. The node types come from the
grammar crates `cargo metadata` finds.
"""
import json, os, re, subprocess, sys

CRATES = {
    'c': ('tree-sitter-c', ''), 'cpp': ('tree-sitter-cpp', ''), 'csharp': ('tree-sitter-c-sharp', ''),
    'go': ('tree-sitter-go', ''), 'java': ('tree-sitter-java', ''),
    'javascript': ('tree-sitter-javascript', ''), 'kotlin': ('tree-sitter-kotlin-ng', ''),
    'objc': ('tree-sitter-objc', ''), 'php': ('tree-sitter-php', 'php/'),
    'python': ('tree-sitter-python', ''), 'ruby': ('tree-sitter-ruby', ''),
    'rust': ('tree-sitter-rust', ''), 'swift': ('tree-sitter-swift', ''),
    'tsx': ('tree-sitter-typescript', 'tsx/'), 'typescript': ('tree-sitter-typescript', 'typescript/'),
}
_ROOTS = None


def node_types_path(lang):
    global _ROOTS
    if _ROOTS is None:
        here = os.path.dirname(os.path.abspath(__file__))
        meta = json.loads(subprocess.run(
            ['cargo', 'metadata', '--format-version', '1', '--manifest-path',
             os.path.join(here, '..', 'Cargo.toml')],
            check=True, capture_output=True, text=True).stdout)
        _ROOTS = {p['name']: os.path.dirname(p['manifest_path']) for p in meta['packages']}
    crate, sub = CRATES[lang]
    return os.path.join(_ROOTS[crate], sub + 'src', 'node-types.json')


class G:
    def __init__(s,lang):
        nt=json.load(open(node_types_path(lang)))
        s.by={n['type']:n for n in nt if n.get('named')}
        s.fields={k:set((n.get('fields') or {}).keys()) for k,n in s.by.items()}
    def expand(s,types):
        out=set(); todo=[t['type'] for t in types if t.get('named')]
        while todo:
            t=todo.pop()
            n=s.by.get(t)
            if n and 'subtypes' in n:
                todo+= [x['type'] for x in n['subtypes'] if x.get('named')]
            else: out.add(t)
        return out
    def child_types(s,kind):
        n=s.by.get(kind)
        if not n or 'children' not in n: return None
        return s.expand(n['children']['types'])
    def field_types(s,kind,field):
        n=s.by.get(kind)
        if not n or field not in (n.get('fields') or {}): return None
        return s.expand(n['fields'][field]['types'])
# parser
TOK=re.compile(r'\s+|;[^\n]*|"(?:\\.|[^"\\])*"|\(|\)|\[|\]|[A-Za-z_][\w.-]*:|!?[A-Za-z_][\w.-]*|@[\w.-]+|#[\w?!.-]+|[.?*+]|_')
def tokens(src):
    i=0; out=[]
    while i<len(src):
        m=TOK.match(src,i)
        if not m: out.append((i,src[i])); i+=1; continue
        t=m.group(0)
        if not (t.isspace() or t.startswith(';')): out.append((i,t))
        i=m.end()
    return out
def parse(toks):
    # returns list of top-level items; node = dict(kind, kpos, children=[(field, item, quant)])
    pos=[0]
    def item():
        i,t=toks[pos[0]]
        if t=='(':
            pos[0]+=1
            j,k=toks[pos[0]]
            node={'type':'node','kind':None,'kpos':None,'children':[]}
            if k.startswith('#'):
                node['type']='pred'
                depth=1
                while depth:
                    pos[0]+=1
                    tt=toks[pos[0]][1]
                    if tt=='(': depth+=1
                    elif tt==')': depth-=1
                pos[0]+=1
                return node
            if re.match(r'[A-Za-z_]',k) and not k.endswith(':'):
                node['kind']=k; node['kpos']=j; pos[0]+=1
            children(node)
            return node
        if t=='[':
            pos[0]+=1
            node={'type':'alt','children':[]}
            while toks[pos[0]][1]!=']':
                it=item()
                if it is not None: node['children'].append((None,it,''))
            pos[0]+=1
            return node
        pos[0]+=1
        return {'type':'tok','t':t}
    def children(node):
        while toks[pos[0]][1]!=')':
            i,t=toks[pos[0]]
            field=None
            if t.endswith(':') and not t.startswith('#'):
                field=t[:-1]; pos[0]+=1
            it=item()
            q=''
            while pos[0]<len(toks) and (toks[pos[0]][1] in '?*+' or toks[pos[0]][1].startswith('@')):
                if toks[pos[0]][1] in '?*+': q+=toks[pos[0]][1]
                pos[0]+=1
            node['children'].append((field,it,q))
        pos[0]+=1
    out=[]
    while pos[0]<len(toks):
        out.append(item())
    return out
def walk(g,node,ctx,edits,fctx=None,by_field=False):
    # ctx: set of allowed kinds or None; fctx: the same when a parent's field gives it
    if node['type']=='alt':
        for f,c,q in node['children']: walk(g,c,ctx,edits,fctx,by_field)
        return
    if node['type']!='node': return
    kind=node['kind']
    req=set(f for f,c,q in node['children'] if f and not ('?' in q or '*' in q) and c['type'] in ('node','alt','tok'))
    if kind and kind!='_' and kind in g.by:
        cand=None
        if req:
            cand={k for k,fs in g.fields.items() if req<=fs}
            if ctx is not None: cand&=ctx
        # With by_field, a parent's field that admits this one kind implies it too (not an
        # unfielded child: that could be a comment or an ERROR node).
        if cand=={kind} or (by_field and fctx=={kind}):
            edits.append((node['kpos'],len(kind)))
    for f,c,q in node['children']:
        cctx=fc=None
        if kind and kind!='_' and f:
            cctx=fc=g.field_types(kind,f)
        elif kind and kind!='_' and not f:
            cctx=g.child_types(kind)
        walk(g,c,cctx,edits,fc,by_field)
def transform(src,g,by_field=False):
    items=parse(tokens(src))
    edits=[]
    for it in items: walk(g,it,None,edits,None,by_field)
    out=src
    for p,l in sorted(edits,reverse=True):
        out=out[:p]+'_'+out[p+l:]
    return out,len(edits)
_GRAMMARS = {}


def grammar(lang):
    """The node types of `lang`, read once per run (the generators rewrite many files)."""
    if lang not in _GRAMMARS:
        _GRAMMARS[lang] = G(lang)
    return _GRAMMARS[lang]


NOTE = ('; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to\n'
        '; compile, same matches): `(_ function: f arguments: a)` is a call.\n')


def rewrite(src, lang, by_field=False):
    """`src` with implied kinds as `_` and the note in its header (once). `by_field` also
    writes `_` for a kind that its parent's field admits alone (`body: (block ...)` in a
    Rust function), whether or not the step has fields of its own."""
    out, n = transform(src, grammar(lang), by_field)
    if n and NOTE not in out:
        lines = out.split('\n')
        k = 0
        while k < len(lines) and lines[k].lstrip().startswith(';'):
            k += 1
        out = '\n'.join(lines[:k]) + ('\n' if k else '') + NOTE + '\n'.join(lines[k:])
    return out


if __name__ == '__main__':
    args = sys.argv[1:]
    by_field = '--by-field' in args
    args = [a for a in args if a != '--by-field']
    lang = args[0]
    for f in args[1:]:
        src = open(f).read()
        new = rewrite(src, lang, by_field)
        if new != src:
            open(f, 'w').write(new)
            print(f)
