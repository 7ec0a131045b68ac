import { http, HttpResponse } from 'msw';
import siteConfig from '../../../public/site-config.json';
import { setSiteLanguage } from '@/mocks/db';
import { server } from '@/mocks/node';
import { createQueryClient } from '@/app/query-client';
import { fetchSiteLocale, readHtmlLang } from './site-locale-fetch';

const read = () => fetchSiteLocale(createQueryClient());

describe('the site’s language', () => {
  it('is read from the front page WordPress prints', async () => {
    expect(await read()).toEqual({ tag: 'en-US', catalog: 'en', dir: 'ltr' });
    setSiteLanguage('de_DE');
    expect(await read()).toEqual({ tag: 'de-DE', catalog: 'de', dir: 'ltr' });
    setSiteLanguage('ar');
    expect(await read()).toEqual({ tag: 'ar', catalog: 'ar', dir: 'rtl' });
  });

  it('keeps the site’s own tag for dates and numbers when the reader has no catalog for it, and speaks English', async () => {
    setSiteLanguage('he-IL');
    expect(await read()).toEqual({ tag: 'he-IL', catalog: 'en', dir: 'rtl' });
    setSiteLanguage('pt_BR');
    expect(await read()).toEqual({ tag: 'pt-BR', catalog: 'pt', dir: 'ltr' });
  });

  it('follows `locale` in site-config.json over WordPress', async () => {
    setSiteLanguage('de-DE');
    server.use(http.get('*/site-config.json', () => HttpResponse.json({ ...siteConfig, locale: 'fr-CA' })));
    expect(await read()).toEqual({ tag: 'fr-CA', catalog: 'fr', dir: 'ltr' });
  });

  it('falls back to English when the front page cannot be read or says nothing usable', async () => {
    server.use(http.get(/^https?:\/\/[^/]+\/$/, () => new HttpResponse('Service Unavailable', { status: 503 })));
    expect(await read()).toEqual({ tag: 'en', catalog: 'en', dir: 'ltr' });
    server.use(http.get(/^https?:\/\/[^/]+\/$/, () => HttpResponse.html('<!DOCTYPE html><html lang=""><body></body></html>')));
    expect(await read()).toEqual({ tag: 'en', catalog: 'en', dir: 'ltr' });
  });

  it('reads `lang` however a theme writes the <html> tag', () => {
    expect(readHtmlLang('<!DOCTYPE html>\n<html lang="de-DE">\n<head>')).toBe('de-DE');
    expect(readHtmlLang('<!doctype html><html class="no-js" dir="rtl" lang=ar><head>')).toBe('ar');
    expect(readHtmlLang("<html data-x='1' lang='zh-Hans-CN'>")).toBe('zh-Hans-CN');
    expect(readHtmlLang('<html><body lang="de">')).toBeNull();
  });
});
