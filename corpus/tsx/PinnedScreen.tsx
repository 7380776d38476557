import * as React from 'react';
import { Button, Text, View } from 'react-native';
import { initializeSslPinning } from 'react-native-ssl-public-key-pinning';
import { fetch as pinnedFetch } from 'react-native-ssl-pinning';

// A screen of the field app that talks to pinned hosts (placeholder keys).
export function PinnedScreen({ host }: { host: string }) {
  const [status, setStatus] = React.useState('');

  const onStart = React.useCallback(async () => {
    await initializeSslPinning({
      [host]: {
        includeSubdomains: true,
        publicKeyHashes: [ // pinscan-expect: PIN344
          'RmllbGRBcHBQcmltYXJ5S2V5UGxhY2Vob2xkZXItMDA=', // pinscan-expect: PIN105
          'RmllbGRBcHBCYWNrdXBLZXlQbGFjZWhvbGRlci0wMDA=', // pinscan-expect: PIN105
        ],
      },
    });
    setStatus('pinned');
  }, [host]);

  const onFetch = React.useCallback(async () => {
    const response = await pinnedFetch(`https://${host}/status`, {
      method: 'GET',
      timeoutInterval: 10000,
      sslPinning: {
        certs: ['field_api_root'], // pinscan-expect: PIN344
      },
    });
    setStatus(String(response.status));
  }, [host]);

  // A plain fetch with no pinning options.
  const onPlain = React.useCallback(async () => {
    const response = await fetch(`https://${host}/health`, { method: 'GET' }); // pinscan-negative: PIN344
    setStatus(String(response.status));
  }, [host]);

  return (
    <View>
      <Text>{status}</Text>
      <Button title="Pin" onPress={onStart} />
      <Button title="Fetch" onPress={onFetch} />
      <Button title="Plain" onPress={onPlain} />
    </View>
  );
}
