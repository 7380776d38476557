#import <Foundation/Foundation.h>

@implementation LegacyPinning

- (NSArray *)pinnedCertificates {
    NSString *root = [[NSBundle mainBundle] pathForResource:@"BaltimoreRoot" ofType:@"cer"]; // pinscan-expect: PIN336[Baltimore CyberTrust Root]@error
    NSURL *ingest = [[NSBundle mainBundle] URLForResource:@"IngestRoot" withExtension:@"der"]; // pinscan-expect: PIN336[DigiCert Global Root G2]@warning
    NSArray *all = [[NSBundle bundleForClass:[self class]] pathsForResourcesOfType:@"cer" inDirectory:@"."]; // pinscan-expect: PIN336@warning
    return @[root, ingest, all];
}

// A loader helper: the caller names the certificate (a note).
- (NSData *)certificateNamed:(NSString *)name {
    return [NSData dataWithContentsOfFile:[[NSBundle mainBundle] pathForResource:name ofType:@"der"]]; // pinscan-expect: PIN336@note
}

// A library's facility over any bundle it is given: a pass-through, not reported.
+ (NSSet *)certificatesInBundle:(NSBundle *)bundle {
    NSArray *paths = [bundle pathsForResourcesOfType:@"cer" inDirectory:@"."]; // pinscan-negative: PIN336
    return [NSSet setWithArray:paths];
}

- (void)notCertificates {
    NSString *identity = [[NSBundle mainBundle] pathForResource:@"client" ofType:@"p12"]; // pinscan-negative: PIN336
    NSString *info = [[NSBundle mainBundle] pathForResource:@"Info" ofType:@"plist"]; // pinscan-negative: PIN336
}
@end
