// Status page (Next.js pages router): server-side fetch of the upstream health endpoint.
import * as https from 'https';
import * as tls from 'tls';
import { readFileSync } from 'fs';
import type { GetServerSideProps } from 'next';

type Props = { healthy: boolean; checkedAt: string };

const upstreamAgent = new https.Agent({
  keepAlive: true,
  ca: readFileSync('certs/status-upstream-ca.pem'), // pinscan-expect: PIN302
  minVersion: 'TLSv1.1', // pinscan-expect: PIN502
});

const partnerAgent = new https.Agent({ rejectUnauthorized: false }); // pinscan-expect: PIN501

const pinnedOptions = {
  host: 'status-api.contoso.example',
  checkServerIdentity: (host: string, cert: tls.PeerCertificate) => {
    if (cert.fingerprint256 !== process.env.STATUS_API_FP) return new Error('fingerprint mismatch'); // pinscan-expect: PIN111
    return tls.checkServerIdentity(host, cert);
  },
} satisfies https.RequestOptions;

const safeAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: true }); // pinscan-negative: PIN501, PIN302

export const getServerSideProps: GetServerSideProps<Props> = async () => {
  const healthy = await new Promise<boolean>((resolve) => {
    https.get('https://status-api.contoso.example/health', { agent: upstreamAgent }, (res) => resolve(res.statusCode === 200))
      .on('error', () => resolve(false));
  });
  return { props: { healthy, checkedAt: new Date().toISOString() } };
};

export default function Status({ healthy, checkedAt }: Props) {
  return (
    <main>
      <h1>{healthy ? 'All systems operational' : 'Degraded'}</h1>
      <p>Checked at {checkedAt}</p>
    </main>
  );
}

export { partnerAgent, pinnedOptions, safeAgent };
