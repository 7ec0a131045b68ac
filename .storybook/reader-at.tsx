import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { createRoutes } from '../src/app/routes';

/** The whole reader at a URL, with its own router and loaders, inside the story's query client. */
export function ReaderAt({ path }: { path: string }) {
  const queryClient = useQueryClient();
  const [router] = useState(() => createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] }));
  return <RouterProvider router={router} />;
}
