#ifndef TRUST_ANCHORS_H
#define TRUST_ANCHORS_H

extern const char trust_anchor_g2[];
extern const char service_roots[];

#endif
