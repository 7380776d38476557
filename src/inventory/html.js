(function(){
'use strict';
// The inventory page's script (see html.rs): parse the data element once, then filter, sort
// and page the findings and repository tables over all their rows, building only the
// visible page with DOM calls (never markup from data). `#selftest` runs each control once
// and writes what it saw into <html data-selftest>.
var doc=document,root=doc.documentElement;
function $(id){return doc.getElementById(id);}
var dataEl=$('findings-data'),ftable=$('findings-table'),rtable=$('repositories-table');
if(!dataEl||!ftable||!rtable){root.setAttribute('data-script','ran');return;}
var selftest=location.hash==='#selftest',t0=performance.now();
function rowsHTML(table){var a=[],rows=table.tBodies[0].rows;for(var i=0;i<rows.length;i++){a.push(rows[i].outerHTML);}return a.join('\n');}
var served=selftest?[rowsHTML(ftable),rowsHTML(rtable)]:null;
var D=JSON.parse(dataEl.textContent);
// Parsed once; the element's text (megabytes for a big sweep) is not needed again.
dataEl.parentNode.removeChild(dataEl);
var t1=performance.now();
var PAGE=D.page||100,SEV=['note','warning','error'],ST={active:'st-active',retiring:'st-retiring',retired:'st-retired',expired:'st-expired'};
var R=D.repos,U=D.rules,C=D.cas,P=D.paths,M=D.msgs,N=D.s.length;
var HREF=/^https:\/\/[^\s"'<>\\\u0000-\u001f\u007f-\u009f]+$/;

function el(tag,cls,text){var e=doc.createElement(tag);if(cls){e.className=cls;}if(text!==undefined&&text!==null){e.textContent=String(text);}return e;}
function fmt(n){return String(n).replace(/\B(?=(\d{3})+(?!\d))/g,',');}
// A link only for an https URL without whitespace, controls, quotes, angle brackets or backslashes.
function safe(u){return typeof u==='string'&&HREF.test(u)?u:null;}
function anchor(text,href){var a=el('a',null,text);a.setAttribute('href',href);a.setAttribute('rel','noreferrer');return a;}
function lc(s){return s.toLowerCase();}
var low={};
// Lower-cased texts of a lookup list, made once.
function lower(name,list,f){if(!low[name]){low[name]=list.map(f);}return low[name];}
// Which entries of a lookup list hold the needle.
function hits(name,list,f,needle){var l=lower(name,list,f),h=new Uint8Array(l.length);for(var i=0;i<l.length;i++){h[i]=l[i].indexOf(needle)>=0?1:0;}return h;}
function later(f){var t=0;return function(){clearTimeout(t);t=setTimeout(f,N>20000?150:0);};}

// A paged table over rows 0..o.n-1 in o.order: o.row(i) builds a row, o.match() gives a
// predicate or null, o.key(c) the sort key of column c.
function pager(o){
  var table=o.table,body=table.tBodies[0],heads=table.tHead.rows[0].cells,n=o.n;
  var order=o.order,pos=new Int32Array(n),view=order,page=0,col=-1,dir=1;
  var prev=$(o.id+'prev'),next=$(o.id+'next'),shown=$(o.id+'shown');
  for(var i=0;i<n;i++){pos[order[i]]=i;}
  function draw(){
    var last=Math.max(0,Math.ceil(view.length/PAGE)-1);
    page=Math.min(Math.max(page,0),last);
    var from=page*PAGE,to=Math.min(view.length,from+PAGE),frag=doc.createDocumentFragment();
    for(var j=from;j<to;j++){frag.appendChild(o.row(view[j]));}
    body.textContent='';body.appendChild(frag);
    shown.textContent=!n?'no rows':view.length?'rows '+fmt(from+1)+'\u2013'+fmt(to)+' of '+fmt(view.length)+' matching'+(view.length<n?' ('+fmt(n)+' in all)':''):'no row of '+fmt(n)+' matches';
    prev.disabled=page===0;next.disabled=to>=view.length;
  }
  function filter(){
    var m=o.match();
    if(m){view=[];for(var j=0;j<order.length;j++){if(m(order[j])){view.push(order[j]);}}}else{view=order;}
    page=0;draw();return view.length;
  }
  function sortBy(c){
    var type=heads[c].getAttribute('data-type')||'text';
    dir=col===c?-dir:(type==='text'?1:-1);col=c;
    var key=o.key(c),keys=new Array(n),d=dir;
    for(var j=0;j<n;j++){keys[j]=key(j);}
    order=order.slice();
    order.sort(function(a,b){var x=keys[a],y=keys[b];return x<y?-d:x>y?d:pos[a]-pos[b];});
    for(var h=0;h<heads.length;h++){if(h===c){heads[h].setAttribute('aria-sort',d>0?'ascending':'descending');}else{heads[h].removeAttribute('aria-sort');}}
    return filter();
  }
  Array.prototype.forEach.call(heads,function(th,c){
    th.tabIndex=0;
    th.addEventListener('click',function(){sortBy(c);});
    th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sortBy(c);}});
  });
  prev.addEventListener('click',function(){page--;draw();});
  next.addEventListener('click',function(){page++;draw();});
  prev.hidden=false;next.hidden=false;
  draw();
  return {filter:filter,sortBy:sortBy,next:function(){page++;draw();},
    view:function(){return view;},key:o.key,dir:function(){return dir;}};
}

// ----- findings -----
function enc(seg){return encodeURIComponent(seg).replace(/[!'()*]/g,function(c){return '%'+c.charCodeAt(0).toString(16).toUpperCase();});}
// As Inventory::link: the repository's blob base, each path segment percent-encoded, the line.
function link(i){
  var k=D.k[i];
  if(k===1){var b=R[D.r[i]][2];return b?safe(b+'/'+P[D.p[i]].split('/').map(enc).join('/')+'#L'+D.l[i]):null;}
  return k?safe(k):null;
}
function findingRow(i){
  var s=SEV[D.s[i]],tr=el('tr'),loc=P[D.p[i]]+':'+D.l[i],href=link(i),u=U[D.u[i]],c=D.c[i]>=0?C[D.c[i]]:null,td;
  tr.setAttribute('data-sev',s);
  tr.appendChild(el('td','sev-'+s,s));
  tr.appendChild(el('td',null,R[D.r[i]][0]));
  td=el('td');if(href){td.appendChild(anchor(loc,href));}else{td.textContent=loc;}tr.appendChild(td);
  tr.appendChild(el('td',null,u[0]+' '+u[1]));
  tr.appendChild(el('td',null,u[2]));
  tr.appendChild(el('td',null,c?c[0]:''));
  tr.appendChild(el('td',c&&ST.hasOwnProperty(c[1])?ST[c[1]]:null,c?c[1]:''));
  tr.appendChild(el('td',null,c?c[2]:''));
  td=el('td');td.appendChild(el('code',null,D.v[i]));td.appendChild(doc.createTextNode(' '+M[D.m[i]]));tr.appendChild(td);
  return tr;
}
var q=$('q'),sev=$('sev'),kind=$('kind'),repo=$('repo');
function repoName(x){return x[0].toLowerCase();}
function fmatch(){
  var needle=q.value.trim().toLowerCase(),s=sev.value?SEV.indexOf(sev.value):-1,k=kind.value,r=repo.value.trim(),j;
  if(!needle&&s<0&&!k&&!r){return null;}
  var rh=null,kh=null,th=null,vl=null;
  if(r){
    var exact=-1;for(j=0;j<R.length;j++){if(R[j][0]===r){exact=j;break;}}
    if(exact>=0){rh=new Uint8Array(R.length);rh[exact]=1;}else{rh=hits('repo',R,repoName,r.toLowerCase());}
  }
  if(k){kh=new Uint8Array(U.length);for(j=0;j<U.length;j++){kh[j]=U[j][2]===k?1:0;}}
  if(needle){
    th={r:hits('repo',R,repoName,needle),p:hits('path',P,lc,needle),
      u:hits('rule',U,function(x){return (x[0]+' '+x[1]+' '+x[2]).toLowerCase();},needle),
      c:hits('ca',C,function(x){return (x[0]+' '+x[1]+' '+x[2]).toLowerCase();},needle),
      m:hits('msg',M,lc,needle),s:SEV.map(function(x){return x.indexOf(needle)>=0;}),colon:needle.indexOf(':')>=0};
    vl=lower('value',D.v,lc);
  }
  var Dr=D.r,Dp=D.p,Du=D.u,Ds=D.s,Dc=D.c,Dm=D.m,Dl=D.l;
  return function(i){
    if(s>=0&&Ds[i]!==s){return false;}
    if(kh&&!kh[Du[i]]){return false;}
    if(rh&&!rh[Dr[i]]){return false;}
    if(!th){return true;}
    return !!(th.r[Dr[i]]||th.p[Dp[i]]||th.u[Du[i]]||(Dc[i]>=0&&th.c[Dc[i]])||th.m[Dm[i]]||th.s[Ds[i]]||
      vl[i].indexOf(needle)>=0||(th.colon&&(P[Dp[i]]+':'+Dl[i]).toLowerCase().indexOf(needle)>=0));
  };
}
function fkey(c){
  switch(c){
  case 0:return function(i){return D.s[i];};
  case 1:return function(i){return D.r[i];};
  case 2:return function(i){return D.p[i]*4294967296+Math.min(D.l[i],4294967295);};
  case 3:return function(i){return D.u[i];};
  case 4:return function(i){return U[D.u[i]][2];};
  case 5:return function(i){return D.c[i];};
  case 6:return function(i){return D.c[i]>=0?C[D.c[i]][1]:'';};
  case 7:return function(i){return D.c[i]>=0?C[D.c[i]][2]:'';};
  default:var vl=lower('value',D.v,lc);return function(i){return vl[i];};
  }
}
// Errors first, then warnings, then notes, each in inventory order: the page served.
var ford=[];
for(var s=2;s>=0;s--){for(var i=0;i<N;i++){if(D.s[i]===s){ford.push(i);}}}
var fp=pager({table:ftable,id:'',n:N,order:ford,row:findingRow,match:fmatch,key:fkey});

// ----- repositories -----
function repoRow(j){
  var r=R[j],tr=el('tr'),td=el('td'),u=safe(r[1]);
  if(u){td.appendChild(anchor(r[0],u));}else{td.textContent=r[0];}
  tr.appendChild(td);
  td=el('td');
  if(r[3]){td.appendChild(el('span','sev-error','failed'));td.appendChild(doc.createTextNode(' '+r[4]));}else{td.textContent='ok';}
  tr.appendChild(td);
  td=el('td');td.appendChild(el('code',null,r[5]));tr.appendChild(td);
  for(var c=6;c<11;c++){tr.appendChild(el('td','n',r[c]));}
  return tr;
}
var rq=$('rq');
function rtext(x){return (x[0]+' '+(x[3]?'failed ':'ok ')+x[4]+' '+x[5]).toLowerCase();}
function rmatch(){
  var needle=rq.value.trim().toLowerCase();
  if(!needle){return null;}
  var l=lower('rrow',R,rtext);
  return function(j){return l[j].indexOf(needle)>=0;};
}
function rkey(c){
  if(c===0){return function(j){return j;};}
  if(c===1){return function(j){return R[j][3]?'failed '+R[j][4]:'ok';};}
  if(c===2){return function(j){return R[j][5];};}
  return function(j){return R[j][c+3];};
}
var rord=R.map(function(_,j){return j;}).sort(function(a,b){return R[b][6]-R[a][6]||a-b;});
var rp=pager({table:rtable,id:'r',n:R.length,order:rord,row:repoRow,match:rmatch,key:rkey});

q.addEventListener('input',later(fp.filter));repo.addEventListener('input',later(fp.filter));
sev.addEventListener('change',fp.filter);kind.addEventListener('change',fp.filter);
rq.addEventListener('input',later(rp.filter));
var t2=performance.now();

// ----- #selftest -----
function sortedBy(p,c){
  var v=p.view(),k=p.key(c),d=p.dir(),a,b;
  for(var j=1;j<v.length;j++){a=k(v[j-1]);b=k(v[j]);if(d>0?a>b:a<b){return false;}}
  return true;
}
if(selftest){
  var fb=ftable.tBodies[0],res={rows:N,repos:R.length,parse_ms:Math.round(t1-t0),render_ms:Math.round(t2-t1)};
  var cell=function(c){return fb.rows.length?fb.rows[0].cells[c].textContent:'';};
  res.server_rows_match=served[0]===rowsHTML(ftable);
  res.server_repos_match=served[1]===rowsHTML(rtable);
  res.page_rows=fb.rows.length;
  res.shown_before=fp.filter();
  res.all_errors=ford.filter(function(x){return D.s[x]===2;}).length;
  sev.value='error';res.shown_errors=fp.filter();
  sev.value='';q.value='DigiCert Global Root G2';res.filter=q.value;res.shown_filtered=fp.filter();
  q.value='';kind.value=kind.options.length>1?kind.options[1].value:'';res.kind=kind.value;res.shown_kind=fp.filter();
  kind.value='';repo.value=R.length?R[R.length-1][0]:'';res.repo=repo.value;res.shown_repo=fp.filter();
  repo.value='';res.shown_after_reset=fp.filter();
  res.status_page1=$('shown').textContent;
  res.first_before=cell(2);
  fp.sortBy(2);res.sorted_first=cell(2);res.sorted_ok=sortedBy(fp,2);
  fp.sortBy(2);res.sorted_desc_first=cell(2);res.sorted_desc_ok=sortedBy(fp,2);
  fp.sortBy(8);res.sorted_value_ok=sortedBy(fp,8);
  fp.sortBy(0);res.sorted_by_severity_first=fb.rows.length?fb.rows[0].getAttribute('data-sev'):'';
  var page1=rowsHTML(ftable);
  fp.next();res.status_page2=$('shown').textContent;res.page2_rows=fb.rows.length;res.page2_differs=rowsHTML(ftable)!==page1;
  res.repo_status_page1=$('rshown').textContent;
  rp.next();res.repo_status_page2=$('rshown').textContent;
  rp.sortBy(3);res.repos_sorted_ok=sortedBy(rp,3);
  rq.value=R.length?R[0][0]:'';res.repos_filtered=rp.filter();
  res.links=ftable.querySelectorAll('a').length;
  res.selftest_ms=Math.round(performance.now()-t2);
  root.setAttribute('data-selftest',JSON.stringify(res));
}
root.setAttribute('data-script','ran');
})();
