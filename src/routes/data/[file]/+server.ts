/**
 * The data behind the map, as files: /data/places.csv, /data/places.geojson …
 * Written when the site is prerendered, from the same data files the map
 * draws (src/lib/data/export.ts).
 */
import { error } from '@sveltejs/kit';
import { fileNames, renderFile } from '$lib/data/export';
import { mapDatasets } from '$lib/data/exportInput';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => fileNames(mapDatasets()).map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const file = renderFile(mapDatasets(), params.file);
	if (!file) error(404, 'No such file');
	return new Response(file.body, { headers: { 'content-type': file.type } });
};
